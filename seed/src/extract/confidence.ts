/**
 * Confidence of the facts no grammar line gives (the lines carry their own in rules.ts): how sure the
 * reading is, from how directly the text says it. See "Confidence" in README.md.
 */
export const CONFIDENCE = {
  /**
   * The least confidence a fact is asserted with (`asserted.ts`): below one half, a reading is more
   * often wrong than right (on blind17–19, scored before their fixes, facts under .50 were right 0–8% of the time).
   */
  assertAt: 0.5,
  /** A post whose body is a short form, a bare 协会/公司 or the event's organizer. */
  resolvedBody: 0.7,
  /** A post from a reading with no grammar line (never expected; kept explicit). */
  unscored: 0.8,
  /** 他表示: a role given through a pronoun. */
  pronoun: 0.6,
  /** An event named by a quoted name or a held-verb phrase. */
  namedEvent: 0.9,
  /** The headline standing for an event with no recognisable name. */
  headlineEvent: 0.5,
  /** An organizer list whose every item reads as an organization. */
  orgList: 0.9,
  /** An item of an organizer list where some other item does not read as an organization. */
  orgListLenient: 0.7,
  /** An organization named in full in the text. */
  namedOrganization: 0.9,
  /** An organization known only from a bare or generic reference. */
  referredOrganization: 0.7,
} as const;
