/** Reads `now` from an attribute: an ISO date-time, or milliseconds since the epoch. */
export const instantConverter = {
  fromAttribute(value: string | null): number | undefined {
    if (value === null || value.trim() === '') return undefined;
    const n = /^-?\d+$/.test(value.trim()) ? Number(value) : Date.parse(value);
    return Number.isFinite(n) ? n : undefined;
  },
};
