/*
 * Every string a person reads comes from the message catalogues (shared/i18n): this rule fails on
 * words written inline in JSX text or in the attributes people read or hear (title, aria-label,
 * placeholder, alt…). Symbols and punctuation (×, →, …, "·") are allowed.
 */
const READ_ATTRIBUTES = new Set(['title', 'aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'placeholder', 'alt', 'label']);
const hasWord = (text) => /\p{L}{2,}/u.test(text);

export default {
  meta: { type: 'problem', docs: { description: 'User-visible text comes from the message catalogue' }, schema: [] },
  create(context) {
    const report = (node, text) =>
      context.report({ node, message: `Inline UI text "${text.trim().slice(0, 40)}": put it in shared/i18n/catalogues and use t().` });
    return {
      JSXText(node) {
        if (hasWord(node.value)) report(node, node.value);
      },
      JSXAttribute(node) {
        const name = typeof node.name.name === 'string' ? node.name.name : '';
        if (!READ_ATTRIBUTES.has(name) || !node.value) return;
        if (node.value.type === 'Literal' && typeof node.value.value === 'string' && hasWord(node.value.value)) report(node.value, node.value.value);
        if (node.value.type === 'JSXExpressionContainer') {
          const expression = node.value.expression;
          if (expression.type === 'Literal' && typeof expression.value === 'string' && hasWord(expression.value)) report(expression, expression.value);
          if (expression.type === 'TemplateLiteral' && expression.quasis.some((q) => hasWord(q.value.cooked ?? ''))) report(expression, expression.quasis.map((q) => q.value.cooked).join('…'));
        }
      },
    };
  },
};
