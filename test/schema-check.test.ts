import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { assertSupportedSchema, checkSchema, pathName, type Schema, type SchemaFinding } from '../src/core/model/schema-check.ts';
import { parseIncidentText } from '../src/core/document/document.ts';
import { incidentSchema } from '../src/core/model/schema.ts';
import { STATUSES } from '../src/core/model/types.ts';

const messages = (findings: SchemaFinding[]) => findings.map((f) => f.message);
const one = (schema: Schema, data: unknown): SchemaFinding => {
  const findings = checkSchema(schema, data);
  assert.equal(findings.length, 1, JSON.stringify(findings));
  return findings[0]!;
};
const obj = (properties: Record<string, Schema>, extra: Schema = {}): Schema => ({ type: 'object', properties, ...extra });

/** A valid incident's data, to break one field at a time. */
const valid = () => ({
  id: '2026-03-01-checkout-errors',
  title: 'Checkout errors',
  kind: 'incident',
  severity: 'SEV-2',
  status: 'investigating',
  timezone: 'Europe/Berlin',
});

describe('checkSchema: type', () => {
  it('accepts each JSON type', () => {
    const cases: [string, unknown][] = [
      ['string', 'x'], ['number', 1.5], ['integer', 3], ['boolean', false], ['object', {}], ['array', []], ['null', null],
    ];
    for (const [type, value] of cases) assert.deepEqual(checkSchema({ type }, value), [], type);
  });

  it('reports the actual type in YAML words', () => {
    const s = obj({ title: { type: 'string' } });
    assert.deepEqual(one(s, { title: 42 }), {
      path: ['title'], part: 'value', kind: 'type', message: 'Unexpected type number for title, expected a string',
    });
    assert.equal(one(s, { title: ['a'] }).message, 'Unexpected type list for title, expected a string');
    assert.equal(one(s, { title: { a: 1 } }).message, 'Unexpected type mapping for title, expected a string');
    assert.equal(one(s, { title: true }).message, 'Unexpected type boolean for title, expected a string');
    assert.equal(one(s, { title: null }).message, 'Unexpected empty title, expected a string');
    assert.equal(one({ type: 'boolean' }, 'yes').message, 'Unexpected type string for frontmatter, expected true or false');
    assert.equal(one({ type: 'array' }, {}).message, 'Unexpected type mapping for frontmatter, expected a list');
    assert.equal(one({ type: 'object' }, []).message, 'Unexpected type list for frontmatter, expected a mapping (key: value lines)');
  });

  it('integer is a whole number; number excludes NaN and infinities', () => {
    assert.equal(one({ type: 'integer' }, 1.5).message, 'Unexpected type number for frontmatter, expected a whole number');
    assert.equal(one({ type: 'number' }, Number.NaN).kind, 'type');
    assert.equal(one({ type: 'number' }, Number.POSITIVE_INFINITY).kind, 'type');
  });

  it('supports a list of types', () => {
    const s = { type: ['string', 'number'] };
    assert.deepEqual(checkSchema(s, '2%'), []);
    assert.deepEqual(checkSchema(s, 8), []);
    assert.equal(one(s, true).message, 'Unexpected type boolean for frontmatter, expected a string or a number');
  });

  it('a wrong type is one finding: the other keywords are not checked', () => {
    assert.equal(checkSchema({ type: 'string', minLength: 1, pattern: '^a$', enum: ['a'] }, 5).length, 1);
  });

  it('the root name is configurable', () => {
    assert.equal(checkSchema({ type: 'object' }, 1, { rootName: 'config' })[0]!.message, 'Unexpected type number for config, expected a mapping (key: value lines)');
  });
});

describe('checkSchema: enum and const', () => {
  it('lists the allowed values', () => {
    const f = one(incidentSchema, { ...valid(), status: 'fixed' });
    assert.deepEqual(f, {
      path: ['status'], part: 'value', kind: 'enum',
      message: `Unexpected status "fixed", expected one of ${STATUSES.join(', ')}`,
    });
  });

  it('shows scalars as written and other values by type', () => {
    const s = obj({ kind: { enum: ['a', 'b'] } });
    assert.equal(one(s, { kind: 3 }).message, 'Unexpected kind 3, expected one of a, b');
    assert.equal(one(s, { kind: null }).message, 'Unexpected empty kind, expected one of a, b');
    assert.equal(one(s, { kind: ['a'] }).message, 'Unexpected type list for kind, expected one of a, b');
    assert.deepEqual(checkSchema({ enum: [1, null, 'x'] }, null), []);
  });

  it('const', () => {
    assert.deepEqual(checkSchema({ const: 'wont-do' }, 'wont-do'), []);
    assert.deepEqual(one(obj({ s: { const: 'wont-do' } }), { s: 'done' }), {
      path: ['s'], part: 'value', kind: 'const', message: 'Unexpected s "done", expected wont-do',
    });
  });
});

describe('checkSchema: strings', () => {
  it('pattern, with the phrase for each incident pattern', () => {
    const data = { ...valid(), timeline: [{ at: '2017-01-06T22:50:26Z', kind: 'started', text: 'x' }, { at: '2017-01-06 22:50', kind: 'note', text: 'y' }] };
    assert.deepEqual(one(incidentSchema, data), {
      path: ['timeline', 1, 'at'], part: 'value', kind: 'pattern',
      message: 'Unexpected timeline[1].at "2017-01-06 22:50", expected ISO 8601 with an offset like 2017-01-06T22:50:26Z',
    });
    assert.equal(one(incidentSchema, { ...valid(), id: 'checkout' }).message,
      'Unexpected id "checkout", expected the start date and a lower-case slug like 2017-01-06-db2kafka-outage-from-oom-kills');
    assert.equal(one(incidentSchema, { ...valid(), timezone: 'Europe Berlin' }).message,
      'Unexpected timezone "Europe Berlin", expected an IANA time zone like Europe/Berlin or UTC');
    assert.equal(one(incidentSchema, { ...valid(), postmortem: { due: '2017-1-11' } }).message,
      'Unexpected postmortem.due "2017-1-11", expected a date like 2017-01-11 (YYYY-MM-DD)');
    assert.equal(one(incidentSchema, { ...valid(), postmortem: { meeting: '2017-01-11T18:00' } }).message,
      'Unexpected postmortem.meeting "2017-01-11T18:00", expected a date like 2017-01-11 or a date-time with an offset like 2017-01-11T18:00:00Z');
  });

  it('pattern: any other pattern is shown as a regular expression; non-strings are not matched', () => {
    assert.equal(one({ pattern: '^a+$' }, 'b').message, 'Unexpected frontmatter "b", expected a string matching /^a+$/');
    assert.deepEqual(checkSchema({ pattern: '^a+$' }, 5), []);
  });

  it('format uri', () => {
    const s = obj({ issue: { type: 'string', format: 'uri' } });
    for (const ok of ['https://tracker.example.com/browse/OPS-12', 'mailto:ops@example.com', 'urn:isbn:0451450523']) {
      assert.deepEqual(checkSchema(s, { issue: ok }), [], ok);
    }
    for (const bad of ['OPS-12', '/browse/OPS-12', 'https://exa mple.com', '']) {
      assert.deepEqual(one(s, { issue: bad }), {
        path: ['issue'], part: 'value', kind: 'format',
        message: `Unexpected issue ${JSON.stringify(bad)}, expected an absolute URL like https://tracker.example.com/browse/OPS-12`,
      });
    }
  });

  it('minLength', () => {
    assert.deepEqual(one(incidentSchema, { ...valid(), title: '' }), {
      path: ['title'], part: 'value', kind: 'minLength', message: 'Unexpected empty title, expected a non-empty string',
    });
    assert.equal(one({ minLength: 3 }, 'ab').message, 'Unexpected frontmatter "ab", expected at least 3 characters');
    assert.deepEqual(checkSchema({ minLength: 2 }, '😀😀'), [], 'counts code points');
    assert.deepEqual(checkSchema({ minLength: 2 }, 7), [], 'only for strings');
  });

  it('shortens long values in messages', () => {
    const message = one({ pattern: '^x$' }, 'y'.repeat(100)).message;
    assert.ok(message.includes(`"${'y'.repeat(57)}..."`), message);
  });
});

describe('checkSchema: objects', () => {
  it('required: at the top and nested, pointing at the object', () => {
    const { severity: _s, timezone: _t, ...data } = valid();
    assert.deepEqual(checkSchema(incidentSchema, data), [
      { path: [], part: 'value', kind: 'required', message: 'Missing required field severity' },
      { path: [], part: 'value', kind: 'required', message: 'Missing required field timezone' },
    ]);
    const timeline = [{ at: '2017-01-06T22:50:26Z', kind: 'note', text: 'x' }, { at: '2017-01-06T22:51:26Z', kind: 'note' }];
    assert.deepEqual(one(incidentSchema, { ...valid(), timeline }), {
      path: ['timeline', 1], part: 'value', kind: 'required', message: 'Missing required field text in timeline[1]',
    });
  });

  it('properties: nested paths', () => {
    const data = { ...valid(), impact: { figures: [{ label: 'a', value: 1 }, { label: 'b', value: true }] } };
    assert.deepEqual(one(incidentSchema, data), {
      path: ['impact', 'figures', 1, 'value'], part: 'value', kind: 'type',
      message: 'Unexpected type boolean for impact.figures[1].value, expected a string or a number',
    });
    assert.equal(one(incidentSchema, { ...valid(), roles: { subject_matter_experts: ['a', 3] } }).message,
      'Unexpected type number for roles.subject_matter_experts[1], expected a string');
  });

  it('additionalProperties false: unknown keys, at the key, listing the known ones', () => {
    assert.deepEqual(one(incidentSchema, { ...valid(), roles: { deputy: 'Ken', scribes: 'Peter' } }), {
      path: ['roles', 'scribes'], part: 'key', kind: 'unknown',
      message: 'Unexpected key "scribes" in roles, expected one of incident_commander, deputy, scribe, communications_liaison, investigation_coordinator, subject_matter_experts',
    });
    assert.equal(one({ type: 'object', additionalProperties: false }, { a: 1 }).message, 'Unexpected key "a", expected no keys');
    assert.deepEqual(checkSchema({ type: 'object', additionalProperties: false }, {}), []);
  });

  it('additionalProperties true (or absent): unlisted keys pass, unless asked for', () => {
    const data = { ...valid(), owner: 'Alice', impact: { sumary: 'typo' } };
    assert.deepEqual(checkSchema(incidentSchema, data), []);
    const found = checkSchema(incidentSchema, data, { reportUnlistedKeys: true });
    assert.deepEqual(found.map((f) => [f.path, f.part, f.kind]), [
      [['owner'], 'key', 'unknown'],
      [['impact', 'sumary'], 'key', 'unknown'],
    ]);
    assert.equal(found[0]!.message, `Unexpected key "owner", expected one of ${Object.keys(incidentSchema.properties).join(', ')}`);
    assert.equal(found[1]!.message, 'Unexpected key "sumary" in impact, expected one of summary, figures');
  });

  it('keys that are not identifiers are quoted in paths', () => {
    assert.equal(pathName(['a b', 0, 'c']), '["a b"][0].c');
    assert.equal(pathName([]), 'frontmatter');
    assert.equal(pathName(['timeline', 3, 'at']), 'timeline[3].at');
  });
});

describe('checkSchema: arrays', () => {
  it('items', () => {
    assert.deepEqual(checkSchema(incidentSchema, { ...valid(), services: ['a', 2, ''] }).map((f) => [f.path, f.kind]), [
      [['services', 1], 'type'],
      [['services', 2], 'minLength'],
    ]);
  });

  it('uniqueItems: each later duplicate, at the item', () => {
    assert.deepEqual(checkSchema(incidentSchema, { ...valid(), services: ['api', 'web', 'api', 'api'] }), [
      { path: ['services', 2], part: 'value', kind: 'uniqueItems', message: 'Unexpected duplicate "api" in services, expected each item once' },
      { path: ['services', 3], part: 'value', kind: 'uniqueItems', message: 'Unexpected duplicate "api" in services, expected each item once' },
    ]);
    assert.equal(checkSchema({ uniqueItems: true }, [{ a: [1] }, { a: [1] }]).length, 1, 'deep equality');
    assert.deepEqual(checkSchema({ uniqueItems: true }, [{ a: 1 }, { a: 2 }, 1, '1']), []);
    assert.deepEqual(checkSchema({ uniqueItems: false }, [1, 1]), []);
  });
});

describe('checkSchema: if/then', () => {
  const item = (extra: Record<string, unknown>) => ({ ...valid(), action_items: [{ id: 'AI-1', title: 'Do it', ...extra }] });

  it('applies then when if matches, and says why', () => {
    assert.deepEqual(one(incidentSchema, item({ status: 'wont-do' })), {
      path: ['action_items', 0], part: 'value', kind: 'required',
      message: 'Missing required field reason in action_items[0] (status is wont-do)',
    });
    assert.deepEqual(checkSchema(incidentSchema, item({ status: 'wont-do', reason: 'Superseded.' })), []);
  });

  it('skips then when if does not match (including when the if-required key is missing)', () => {
    assert.deepEqual(checkSchema(incidentSchema, item({ status: 'done' })), []);
    assert.deepEqual(checkSchema(incidentSchema, item({})), []);
  });

  it('the if branch never reports, even for unlisted keys', () => {
    assert.deepEqual(checkSchema(incidentSchema, item({ status: 'done' }), { reportUnlistedKeys: true }), []);
  });

  it('if without then does nothing', () => {
    assert.deepEqual(checkSchema({ if: { const: 1 } }, 1), []);
  });
});

describe('checkSchema: order', () => {
  it('document order of the data, then schema order', () => {
    const data = {
      zone: 'x',
      status: 'fixed',
      title: 5,
      roles: { scribes: 'a', deputy: 7 },
      id: 'bad',
      kind: 'nope',
    };
    const found = checkSchema(incidentSchema, data, { reportUnlistedKeys: true });
    assert.deepEqual(found.map((f) => `${pathName(f.path)}:${f.part}:${f.kind}`), [
      'frontmatter:value:required', // severity
      'frontmatter:value:required', // timezone
      'zone:key:unknown',
      'status:value:enum',
      'title:value:type',
      'roles.scribes:key:unknown',
      'roles.deputy:value:type',
      'id:value:pattern',
      'kind:value:enum',
    ]);
    assert.deepEqual(messages(found).slice(0, 2), ['Missing required field severity', 'Missing required field timezone']);
  });

  it('is deterministic', () => {
    const data = { ...valid(), services: [1, 1], roles: { x: 1 }, timeline: [{}, { at: 1 }] };
    assert.deepEqual(checkSchema(incidentSchema, data), checkSchema(incidentSchema, structuredClone(data)));
  });
});

describe('the incident schema', () => {
  it('the example incident has no findings', () => {
    const file = new URL('../incidents/2017-01-06-db2kafka-outage-from-oom-kills.md', import.meta.url);
    const { data } = parseIncidentText(readFileSync(file, 'utf8'));
    assert.deepEqual(checkSchema(incidentSchema, data), []);
    assert.deepEqual(checkSchema(incidentSchema, data, { reportUnlistedKeys: true }), []);
  });

  it('uses only supported keywords', () => {
    assert.doesNotThrow(() => assertSupportedSchema(incidentSchema));
  });
});

describe('unsupported schema features fail loudly', () => {
  const cases: [string, Schema, RegExp][] = [
    ['an unknown keyword', { type: 'number', minimum: 1 }, /unsupported keyword "minimum" at #/],
    ['a nested unknown keyword', obj({ a: { items: { oneOf: [] } } }), /unsupported keyword "oneOf" at #\/properties\/a\/items/],
    ['an unknown keyword in then', { if: {}, then: { else: {} } }, /unsupported keyword "else" at #\/then/],
    ['an unknown type', { type: 'date' }, /unsupported type "date"/],
    ['an unknown format', { format: 'email' }, /unsupported format "email"/],
    ['additionalProperties as a schema', { additionalProperties: { type: 'string' } }, /unsupported additionalProperties/],
    ['tuple items', { items: [{ type: 'string' }] }, /unsupported items \(tuple form\)/],
  ];
  for (const [what, schema, error] of cases) {
    it(what, () => {
      assert.throws(() => checkSchema(schema, {}), error);
      assert.throws(() => assertSupportedSchema(schema), error);
    });
  }

  it('annotations are fine', () => {
    assert.deepEqual(checkSchema({ $schema: 'x', $id: 'y', title: 't', description: 'd', examples: [1], $comment: 'c' }, 1), []);
  });
});
