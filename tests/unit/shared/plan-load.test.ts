import { describe, expect, it } from 'vitest';
import { loadPlanFromBytes, loadPlanFromText, maxNestingDepth, serialisePlan, PLAN_CAPS, PLAN_VERSION, MAX_PLAN_BYTES } from '../../../shared';
import { examplePlanForTest } from './plan-fixtures';
import { translator } from '../../../shared/i18n/translator';
import { setActiveLocale } from '../../../shared/i18n/active-locale';

const encode = (text: string) => new TextEncoder().encode(text);
const errorOf = (text: string) => {
  const result = loadPlanFromText(text);
  if (result.ok) throw new Error('expected the load to fail');
  return result.error;
};

describe('loading a plan', () => {
  it('round-trips the example plan through its serialised form unchanged', () => {
    const plan = examplePlanForTest();
    const result = loadPlanFromText(serialisePlan(plan));
    expect(result).toEqual({ ok: true, plan, migratedFrom: null });
  });

  it('accepts a leading byte-order mark', () => {
    const bytes = encode('\uFEFF' + serialisePlan(examplePlanForTest()));
    expect(loadPlanFromBytes(bytes).ok).toBe(true);
  });

  it('fills defaults for optional fields a hand-written file leaves out', () => {
    const plan = examplePlanForTest();
    const raw = JSON.parse(serialisePlan(plan));
    delete raw.readiness;
    delete raw.applications[0].dimensions;
    const result = loadPlanFromText(JSON.stringify(raw));
    expect(result.ok && result.plan.readiness.items.aiLeadNominated.answer).toBe('unanswered');
    expect(result.ok && result.plan.applications[0]!.dimensions.ethical.level).toBe('not-considered');
  });

  it('refuses an empty file with its own message', () => {
    expect(errorOf('  \n').code).toBe('empty');
    const bytes = loadPlanFromBytes(new Uint8Array());
    expect(!bytes.ok && bytes.error.code).toBe('empty');
  });

  it('refuses truncated JSON and says it may be truncated', () => {
    const text = serialisePlan(examplePlanForTest());
    const error = errorOf(text.slice(0, text.length / 2));
    expect(error.code).toBe('not-json');
    expect(error.message).toMatch(/truncated/);
  });

  it('refuses bytes that are not UTF-8', () => {
    const result = loadPlanFromBytes(new Uint8Array([0x7b, 0xff, 0xfe, 0x00, 0x7d]));
    expect(!result.ok && result.error.code).toBe('not-utf8');
  });

  it('recognises a PDF renamed to .aiplan', () => {
    const result = loadPlanFromBytes(encode('%PDF-1.7\n%âãÏÓ\n1 0 obj'));
    expect(!result.ok && result.error.message).toMatch(/PDF/);
  });

  it('refuses JSON that is not a plan', () => {
    expect(errorOf('[1,2,3]').code).toBe('not-a-plan');
    expect(errorOf('{"hello":"world"}').code).toBe('not-a-plan');
    expect(errorOf('"text"').code).toBe('not-a-plan');
  });

  it('refuses a plan saved by a newer version and says to update the app', () => {
    const raw = JSON.parse(serialisePlan(examplePlanForTest()));
    raw.version = PLAN_VERSION + 1;
    const error = errorOf(JSON.stringify(raw));
    expect(error.code).toBe('newer-version');
    expect(error.message).toMatch(/newer version/);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses a "%s" key at any depth and pollutes nothing', (key) => {
    const raw = JSON.parse(serialisePlan(examplePlanForTest()));
    const top = `{"${key}":{"polluted":true},` + JSON.stringify(raw).slice(1);
    const nested = JSON.stringify(raw).replace('"impact":', `"${key}":{"polluted":true},"impact":`);
    for (const text of [top, nested]) {
      const error = errorOf(text);
      expect(error.code).toBe('forbidden-key');
      expect(error.message).toContain(key);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('finds a forbidden key written with unicode escapes', () => {
    const raw = JSON.parse(serialisePlan(examplePlanForTest()));
    const text = JSON.stringify(raw).replace('"meta":', '"\\u005f_proto__":{"x":1},"meta":');
    expect(errorOf(text).code).toBe('forbidden-key');
  });

  describe('a key written twice in one object', () => {
    const text = () => JSON.stringify(JSON.parse(serialisePlan(examplePlanForTest())));

    it('is refused at the top level even when the last copy is a valid version', () => {
      const doubled = text().replace('"version":1,', '"version":999,').replace(/}$/, ',"version":1}');
      const error = errorOf(doubled);
      expect(error.code).toBe('duplicate-key');
      expect(error.message).toContain('"version" twice (at the top level)');
    });

    it('is refused deep inside the plan, and the message says where', () => {
      const raw = JSON.parse(serialisePlan(examplePlanForTest()));
      raw.applications[2].dimensions.ethical.note = 'MARK';
      const doubled = JSON.stringify(raw).replace('"note":"MARK"', '"note":"MARK","level":"addressed"');
      const error = errorOf(doubled);
      expect(error.code).toBe('duplicate-key');
      expect(error.message).toContain('"level" twice (at applications[2].dimensions.ethical)');
    });

    it('is found when the second copy is spelt with escapes', () => {
      const doubled = text().replace('"title":', '"title":"A","\\u0074itle":');
      const error = errorOf(doubled);
      expect(error.code).toBe('duplicate-key');
      expect(error.message).toContain('"title" twice (at meta)');
    });

    it('is not confused by colons, quotes and braces inside text, or by equal keys in different objects', () => {
      const raw = JSON.parse(serialisePlan(examplePlanForTest()));
      raw.meta.title = 'Plan: "version": 2, {"a":1,"a":2} \\';
      raw.pillars[0].description = '"title":"title":';
      const result = loadPlanFromText(JSON.stringify(raw, null, 2));
      expect(result.ok && result.plan.meta.title).toBe(raw.meta.title);
    });
  });

  describe('caps on the number of items', () => {
    const example = () => JSON.parse(serialisePlan(examplePlanForTest()));
    const application = (i: number, objectiveId: string) => ({ id: `extra${i}`, objectiveId, title: `Extra ${i}` });

    it('refuses one AI application more than the cap, saying how many there are and how many are allowed', () => {
      const raw = example();
      const objectiveId = raw.objectives[0].id;
      const extra = PLAN_CAPS.applications + 1 - raw.applications.length;
      raw.applications.push(...Array.from({ length: extra }, (_, i) => application(i, objectiveId)));
      const error = errorOf(JSON.stringify(raw));
      expect(error.code).toBe('too-many-items');
      const count = (n: number) => n.toLocaleString('en');
      expect(error.message).toContain(`${count(PLAN_CAPS.applications + 1)} AI applications (at most ${count(PLAN_CAPS.applications)})`);
      expect(error.message).toMatch(/Split it into smaller plans/);
      expect(error.details).toEqual([`${count(PLAN_CAPS.applications + 1)} AI applications; at most ${count(PLAN_CAPS.applications)} are allowed.`]);
    });

    it('opens a plan holding exactly the cap of AI applications', () => {
      const raw = example();
      const objectiveId = raw.objectives[0].id;
      raw.applications.push(...Array.from({ length: PLAN_CAPS.applications - raw.applications.length }, (_, i) => application(i, objectiveId)));
      const result = loadPlanFromText(JSON.stringify(raw));
      expect(result.ok && result.plan.applications.length).toBe(PLAN_CAPS.applications);
    });

    it('refuses 20,000 dependencies for their number, before looking for cycles in them', () => {
      const raw = example();
      const [a, b] = raw.applications.map((app: { id: string }) => app.id);
      raw.roadmap.dependencies = Array.from({ length: 20_000 }, (_, i) => ({ id: `dep${i}`, fromId: i % 2 ? a : b, toId: i % 2 ? b : a }));
      const error = errorOf(JSON.stringify(raw));
      expect(error.code).toBe('too-many-items');
      expect(error.details).toEqual([`20,000 dependencies; at most ${PLAN_CAPS.dependencies.toLocaleString('en')} are allowed.`]);
    });

    it('lists every list past its cap in the details', () => {
      const raw = example();
      raw.pillars.push(...Array.from({ length: PLAN_CAPS.pillars }, (_, i) => ({ id: `pp${i}`, title: `P${i}` })));
      raw.roadmap.milestones.push(...Array.from({ length: PLAN_CAPS.milestones }, (_, i) => ({ id: `mm${i}`, title: 'M', month: '2027-03' })));
      const error = errorOf(JSON.stringify(raw));
      expect(error.code).toBe('too-many-items');
      expect(error.message).toMatch(/pillars .* and other lists past their limits/);
      expect(error.details.map((d) => d.split(';')[0])).toEqual([`${raw.pillars.length} pillars`, `${raw.roadmap.milestones.length} milestones`]);
    });
  });

  it('refuses 10,000-deep nesting before parsing it', () => {
    const text = '['.repeat(10_000) + ']'.repeat(10_000);
    expect(errorOf(text).code).toBe('too-deep');
  });

  it('measures nesting without counting brackets inside strings', () => {
    expect(maxNestingDepth('{"a":"[[[[{{{{","b":[1,[2]]}')).toBe(3);
    expect(maxNestingDepth('{"a":"\\"[[["}')).toBe(1);
    // An escaped backslash ends just before the quote, which then closes the string.
    expect(maxNestingDepth('{"a":"\\\\","b":[[1]]}')).toBe(3);
    expect(maxNestingDepth('{"a":"x\\\\\\"[[","b":[]}')).toBe(2);
  });

  it('refuses a text longer than the size cap', () => {
    const result = loadPlanFromBytes(new Uint8Array(MAX_PLAN_BYTES + 1));
    expect(!result.ok && result.error.code).toBe('too-large');
  });

  it('lists values of the wrong type with their path', () => {
    const raw = JSON.parse(serialisePlan(examplePlanForTest()));
    raw.applications[0].impact = 'very high';
    raw.meta.horizonMonths = 48;
    const error = errorOf(JSON.stringify(raw));
    expect(error.code).toBe('invalid');
    expect(error.details.join('\n')).toMatch(/applications\.0\.impact/);
    expect(error.details.join('\n')).toMatch(/meta\.horizonMonths/);
  });

  it('refuses a KPI that points at a missing application', () => {
    const raw = JSON.parse(serialisePlan(examplePlanForTest()));
    raw.kpis[0].applicationId = 'ghost';
    const error = errorOf(JSON.stringify(raw));
    expect(error.code).toBe('broken-references');
    expect(error.details[0]).toMatch(/ghost/);
  });

  it('refuses duplicate ids', () => {
    const raw = JSON.parse(serialisePlan(examplePlanForTest()));
    raw.kpis[1].id = raw.kpis[0].id;
    expect(errorOf(JSON.stringify(raw)).details.join()).toMatch(/used twice/);
  });

  it('refuses dependencies that go round in a circle', () => {
    const raw = JSON.parse(serialisePlan(examplePlanForTest()));
    const [a, b] = raw.applications;
    raw.roadmap.dependencies = [
      { id: 'd1', fromId: a.id, toId: b.id },
      { id: 'd2', fromId: b.id, toId: a.id },
    ];
    expect(errorOf(JSON.stringify(raw)).details.join()).toMatch(/circle/);
  });

  it('keeps markup in text fields as plain text', () => {
    const raw = JSON.parse(serialisePlan(examplePlanForTest()));
    raw.pillars[0].title = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const result = loadPlanFromText(JSON.stringify(raw));
    expect(result.ok && result.plan.pillars[0]!.title).toBe('<img src=x onerror=alert(1)><script>alert(2)</script>');
  });
});

describe('loading a plan, with messages in another language', () => {
  const de = translator('de');
  const vi = translator('vi');

  it('says why a file was refused in the language it is given', () => {
    const empty = loadPlanFromText('', de);
    expect(!empty.ok && empty.error).toMatchObject({ code: 'empty', message: 'Die Datei ist leer: Sie enthält keinen Plan.' });
    const doubled = loadPlanFromText('{"format":"x","format":"y"}', vi);
    expect(!doubled.ok && doubled.error.message).toContain('“format” hai lần (tại cấp cao nhất)');
    const newer = loadPlanFromText(JSON.stringify({ ...JSON.parse(serialisePlan(examplePlanForTest())), version: PLAN_VERSION + 1 }), de);
    expect(!newer.ok && newer.error.message).toContain(`Dateiformat ${PLAN_VERSION + 1}`);
  });

  it('writes sizes and counts with the language’s separators', () => {
    const big = loadPlanFromBytes(new Uint8Array(MAX_PLAN_BYTES + 1), de);
    expect(!big.ok && big.error.message).toContain('höchstens 32,0 MB');
    const doc = JSON.parse(serialisePlan(examplePlanForTest()));
    doc.kpis = Array.from({ length: PLAN_CAPS.kpis + 1 }, () => doc.kpis[0]);
    const over = loadPlanFromText(JSON.stringify(doc), de);
    expect(!over.ok && over.error.details[0]).toBe(`${(PLAN_CAPS.kpis + 1).toLocaleString('de')} KPIs; höchstens ${PLAN_CAPS.kpis.toLocaleString('de')} sind erlaubt.`);
  });

  it('follows the active language when none is given', () => {
    setActiveLocale('de');
    try {
      const result = loadPlanFromText('not json');
      expect(!result.ok && result.error.message).toBe('Die Datei ist kein gültiges JSON: Sie ist möglicherweise abgeschnitten oder beschädigt.');
    } finally {
      setActiveLocale('en');
    }
  });
});
