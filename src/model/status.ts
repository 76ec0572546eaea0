/**
 * Where an event stands at a given time, and when that next changes.
 */
import type { LecternEvent } from '../feed/schema.js';
import { eventSpan } from '../time/event-time.js';

/** `tba`: no date yet. The rest follow the clock. */
export type EventPhase = 'tba' | 'upcoming' | 'live' | 'ended';

export function eventPhase(e: LecternEvent, now: number): EventPhase {
  const span = eventSpan(e);
  if (!span) return 'tba';
  if (now < span.start.instant) return 'upcoming';
  return now < span.end ? 'live' : 'ended';
}

/** The next instant after `now` at which the phase changes (start, then end), if any. */
export function nextTransition(e: LecternEvent, now: number): number | undefined {
  const span = eventSpan(e);
  if (!span) return undefined;
  if (now < span.start.instant) return span.start.instant;
  return now < span.end ? span.end : undefined;
}
