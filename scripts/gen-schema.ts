/// <reference types="node" />
/**
 * Generates `schema/feed.schema.json` (JSON Schema draft 2020-12) from `FeedSchema` in src/feed/schema.ts.
 *
 *   npx tsx scripts/gen-schema.ts           write the file
 *   npx tsx scripts/gen-schema.ts --check   exit 1, with a one-line reason, if the committed file differs
 *
 * valibot's custom checks (`v.check(fn)`) cannot be converted by @valibot/to-json-schema; each one the
 * feed schema uses is mapped below to its nearest JSON Schema form. An unmapped check makes this script
 * fail (errorMode 'throw'), so a new check in schema.ts cannot silently go missing from the JSON Schema.
 * Transforms are ignored (typeMode 'input': the schema describes what authors write).
 *
 * The JSON Schema is an authoring aid for editors and CI; `lectern validate` applies the full rules (real
 * calendar days, zones the platform knows, the URL allow-list) and is the reference.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { toJsonSchema, type JsonSchema, type OverrideActionContext, type OverrideSchemaContext } from '@valibot/to-json-schema';
import { FeedSchema, ItemSchema } from '../src/feed/schema.js';
import { SCHEMA_DOCS } from '../src/feed/schema-docs.js';
import { isAllowedUrlString } from '../src/feed/url.js';
import { isEventTime, isIsoDateTime, isLanguageTag, isPublicationDate, isTimeZone } from '../src/feed/checks.js';

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

type AnySchema = v.GenericSchema;
type Node = { properties?: Record<string, Node | boolean>; items?: Node | boolean; description?: string };

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
  const unused = Object.keys(SCHEMA_DOCS).filter((k) => !used.has(k)).map((k) => `src/feed/schema-docs.ts describes ${k}, which the schema does not have`);
  return [...missing, ...unused];
}

function overrideAction({ valibotAction, jsonSchema }: OverrideActionContext): JsonSchema | undefined {
  if (valibotAction.type !== 'check') return undefined;
  const action = valibotAction as unknown as { requirement: unknown; message?: unknown };
  const requirement = action.requirement;
  if (requirement === isAllowedUrlString) return { ...jsonSchema, format: 'uri-reference' };
  if (requirement === isIsoDateTime) return { ...jsonSchema, format: 'date-time' };
  if (requirement === isEventTime || requirement === isPublicationDate) return { ...jsonSchema, pattern: EVENT_TIME_PATTERN };
  if (requirement === isTimeZone) return { ...jsonSchema, pattern: TIME_ZONE_PATTERN, not: { type: 'string', pattern: '^Etc/' } };
  if (requirement === isLanguageTag) return { ...jsonSchema, pattern: LANGUAGE_TAG_PATTERN };
  // The event's cross-field checks (anonymous functions), recognised by their messages.
  const message = typeof action.message === 'string' ? action.message : '';
  if (/no time_zone/.test(message)) {
    const wall = (key: string): JsonSchema => ({ required: [key], properties: { [key]: { type: 'string', pattern: WALL_TIME_PATTERN } } });
    return {
      ...jsonSchema,
      if: { anyOf: [wall('start'), wall('end'), wall('previous_start')] },
      then: { required: ['time_zone'], properties: { time_zone: true } },
    };
  }
  if (/end but no start/.test(message)) return { ...jsonSchema, dependentRequired: { end: ['start'] } } as JsonSchema;
  return undefined; // errorMode 'throw' reports it
}

function overrideSchema({ valibotSchema, jsonSchema }: OverrideSchemaContext): JsonSchema | undefined {
  if (valibotSchema.type !== 'object' || !jsonSchema.properties) return undefined;
  const properties: Record<string, JsonSchema | boolean> = {};
  for (const [key, prop] of Object.entries(jsonSchema.properties)) {
    let out = prop;
    if (valibotSchema === (ItemSchema as unknown) && key === 'id') {
      // typeMode 'input' stops at the transform to string, before the "not blank" check.
      out = { anyOf: [{ type: 'string', pattern: '\\S' }, { type: 'number' }] };
    }
    properties[key] = out;
  }
  const { required, ...rest } = jsonSchema;
  return { ...rest, properties, ...(required && required.length ? { required } : {}) };
}

function generate(): string {
  const converted = toJsonSchema(FeedSchema as unknown as AnySchema, {
    target: 'draft-2020-12',
    typeMode: 'input',
    errorMode: 'throw',
    overrideAction,
    overrideSchema,
  });
  const { $schema, type, properties, required, ...rest } = converted;
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
