/// <reference types="node" />
/**
 * Generates `schema/feed.schema.json` (JSON Schema draft 2020-12) from `FeedSchema` in src/feed/schema.ts.
 *
 *   npx tsx scripts/gen-schema.ts           write the file
 *   npx tsx scripts/gen-schema.ts --check   exit 1, with a one-line reason, if the committed file differs
 *
 * The feed's rules are plain data (src/feed/schema.ts); this walks them. Each check the format uses is
 * mapped below to its nearest JSON Schema form; an unmapped check makes this script fail, so a new
 * check in schema.ts cannot silently go missing from the JSON Schema. URL resolution is not described
 * (the schema describes what authors write).
 *
 * The JSON Schema is an authoring aid for editors and CI; `lectern validate` applies the full rules (real
 * calendar days, zones the platform knows, the URL allow-list) and is the reference.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DATE_TIME,
  END_NEEDS_START,
  EVENT_TIME,
  FeedSchema,
  ID_NOT_BLANK,
  LANGUAGE,
  NOT_EMPTY,
  PUBLICATION_DATE,
  TIME_ZONE,
  URL_CHECK,
  WALL_TIMES_NEED_ZONE,
  type Check,
  type Field,
  type ObjectCheck,
} from '../src/feed/schema.js';
import { SCHEMA_DOCS } from '../src/feed/schema-docs.js';

const SCHEMA_ID = 'https://unpkg.com/lectern/schema/feed.schema.json';
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SCHEMA_FILE = resolve(ROOT, 'schema/feed.schema.json');

// Patterns mirroring src/feed/checks.ts (JSON Schema patterns are ECMA-262, unanchored, without flags).
const DATE = String.raw`\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])`;
const HHMM = String.raw`([01]\d|2[0-3]):[0-5]\d`;
const SS = String.raw`:[0-5]\d`;
const OFFSET = String.raw`(Z|[+-]${HHMM})`;
/** YYYY-MM-DD · YYYY-MM-DDTHH:mm[:ss] (wall time) · YYYY-MM-DDTHH:mm[:ss[.fff]] with Z or ±HH:MM (instant). */
const EVENT_TIME_PATTERN = `^${DATE}(T${HHMM}((${SS})?|(${SS}(\\.\\d{1,9})?)?${OFFSET}))?$`;
/** A wall time: a date-time without Z or offset (read in the event's time_zone). */
const WALL_TIME_PATTERN = `^${DATE}T${HHMM}(${SS})?$`;
/** IANA Area/Location, or UTC/GMT (Etc/… is excluded with `not`, to avoid look-ahead in the pattern). */
const TIME_ZONE_PATTERN = String.raw`^(UTC|GMT|[A-Za-z]+(/[A-Za-z0-9_+-]+)+)$`;
/** Well-formed BCP 47 syntax, loosely (the CLI asks Intl for the real answer). */
const LANGUAGE_TAG_PATTERN = String.raw`^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$`;

type JsonSchema = { [key: string]: unknown };
type Node = { properties?: Record<string, Node | boolean>; items?: Node | boolean; description?: string };

/** A text check in JSON Schema terms. */
function checkSchema(check: Check | undefined): JsonSchema {
  switch (check) {
    case undefined:
      return {};
    case URL_CHECK:
      return { format: 'uri-reference' };
    case DATE_TIME:
      return { format: 'date-time' };
    case EVENT_TIME:
    case PUBLICATION_DATE:
      return { pattern: EVENT_TIME_PATTERN };
    case TIME_ZONE:
      return { pattern: TIME_ZONE_PATTERN, not: { type: 'string', pattern: '^Etc/' } };
    case LANGUAGE:
      return { pattern: LANGUAGE_TAG_PATTERN };
    case NOT_EMPTY:
      return { minLength: 1 };
    case ID_NOT_BLANK:
      return { pattern: '\\S' };
    default:
      throw new Error(`no JSON Schema form for the check "${check.message}"; add one to scripts/gen-schema.ts`);
  }
}

/** An object check in JSON Schema terms. */
function objectCheckSchema(check: ObjectCheck): JsonSchema {
  if (check === WALL_TIMES_NEED_ZONE) {
    const wall = (key: string): JsonSchema => ({ required: [key], properties: { [key]: { type: 'string', pattern: WALL_TIME_PATTERN } } });
    return {
      if: { anyOf: [wall('start'), wall('end'), wall('previous_start')] },
      then: { required: ['time_zone'], properties: { time_zone: true } },
    };
  }
  if (check === END_NEEDS_START) return { dependentRequired: { end: ['start'] } };
  throw new Error(`no JSON Schema form for the object check "${check.message}"; add one to scripts/gen-schema.ts`);
}

function toJsonSchema(rule: Field): JsonSchema {
  const withDefault = (schema: JsonSchema) => (rule.default === undefined ? schema : { ...schema, default: rule.default });
  switch (rule.type) {
    case 'any':
      return {};
    case 'text':
      return withDefault({ type: 'string', ...checkSchema(rule.check) });
    case 'text-or-number':
      return withDefault({ anyOf: [{ type: 'string', ...checkSchema(rule.check) }, { type: 'number' }] });
    case 'enum':
      return withDefault({ enum: rule.values, type: 'string' });
    case 'list':
      return withDefault({ type: 'array', items: toJsonSchema(rule.of) });
    case 'object': {
      const properties = Object.fromEntries(Object.entries(rule.fields).map(([key, field]) => [key, toJsonSchema(field)]));
      const required = Object.entries(rule.fields)
        .filter(([, field]) => !field.optional && field.default === undefined)
        .map(([key]) => key);
      return withDefault({
        type: 'object',
        properties,
        ...(required.length ? { required } : {}),
        ...Object.assign({}, ...(rule.checks ?? []).map(objectCheckSchema)),
      });
    }
  }
}

/**
 * Sets every property's `description` from SCHEMA_DOCS (keys are JSON paths, `[]` for list entries)
 * and returns the problems: properties without a description, and descriptions of no property.
 */
function applyDocs(root: Node): string[] {
  const used = new Set<string>();
  const missing: string[] = [];
  const walk = (node: Node | boolean | undefined, path: string): void => {
    if (!node || typeof node !== 'object') return;
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      if (key === '$schema' || typeof child !== 'object') continue;
      const at = path ? `${path}.${key}` : key;
      const doc = SCHEMA_DOCS[at];
      if (doc === undefined) missing.push(`${at} has no description in src/feed/schema-docs.ts`);
      else {
        used.add(at);
        const { description: _converted, ...rest } = child;
        node.properties![key] = { ...rest, description: doc };
      }
      walk(node.properties![key], at);
    }
    walk(node.items, `${path}[]`);
  };
  walk(root, '');
  const unused = Object.keys(SCHEMA_DOCS)
    .filter((k) => !used.has(k))
    .map((k) => `src/feed/schema-docs.ts describes ${k}, which the schema does not have`);
  return [...missing, ...unused];
}

function generate(): string {
  const { type, properties, required, ...rest } = toJsonSchema(FeedSchema);
  const $schema = 'https://json-schema.org/draft/2020-12/schema';
  if (!properties) throw new Error('unexpected converter output');
  const problems = applyDocs({ properties: properties as Node['properties'] });
  if (problems.length) throw new Error(`the schema and its descriptions disagree:\n  ${problems.join('\n  ')}`);
  const schema = {
    $schema,
    $id: SCHEMA_ID,
    title: 'Lectern feed',
    description:
      'A JSON Feed 1.1 (https://jsonfeed.org/version/1.1) whose items may carry the Lectern extensions _event and _book. ' +
      'Generated from src/feed/schema.ts; `lectern validate` applies the full rules.',
    type,
    properties: {
      $schema: { type: 'string', format: 'uri-reference', description: 'The JSON Schema this document follows, for editors.' },
      ...properties,
    },
    required,
    ...rest,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

function main(argv: string[]): number {
  const check = argv.includes('--check');
  const unknown = argv.filter((a) => a !== '--check');
  if (unknown.length) {
    console.error(`gen-schema: unknown argument ${unknown[0]} (usage: gen-schema [--check])`);
    return 2;
  }
  const text = generate();
  const shown = relative(process.cwd(), SCHEMA_FILE) || SCHEMA_FILE;
  if (check) {
    let current: string;
    try {
      current = readFileSync(SCHEMA_FILE, 'utf8');
    } catch {
      console.error(`${shown} is missing; run \`npx tsx scripts/gen-schema.ts\``);
      return 1;
    }
    if (current !== text) {
      console.error(`${shown} is out of date with src/feed/schema.ts; run \`npx tsx scripts/gen-schema.ts\``);
      return 1;
    }
    console.log(`${shown} is up to date`);
    return 0;
  }
  mkdirSync(dirname(SCHEMA_FILE), { recursive: true });
  writeFileSync(SCHEMA_FILE, text);
  console.log(`wrote ${shown}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
