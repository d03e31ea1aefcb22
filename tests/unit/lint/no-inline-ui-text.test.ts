import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import rule from '../../../eslint-rules/no-inline-ui-text.js';

/* Issue 14: a new inline string in JSX fails the lint; text from t() and symbols do not. */
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
});

tester.run('no-inline-ui-text', rule, {
  valid: [
    { code: 'const a = <p>{t("board.tray.hint")}</p>;' },
    { code: 'const a = <button aria-label={t("board.tray.add")}>+</button>;' },
    { code: 'const a = <span aria-hidden="true">→ … × ·</span>;' },
    { code: 'const a = <div className="tray tray--folded" data-testid="tray-drop" />;' },
  ],
  invalid: [
    { code: 'const a = <p>Add idea</p>;', errors: 1 },
    { code: 'const a = <button title="Close details">×</button>;', errors: 1 },
    { code: 'const a = <input placeholder={"Find…"} />;', errors: 1 },
    { code: 'const a = <button aria-label={`Delete ${name}`} />;', errors: 1 },
  ],
});
