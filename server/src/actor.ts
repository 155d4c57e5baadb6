/** Who made a change: a named curator, or the service (API_TOKEN) for automated writes. */
export interface Actor {
  id: string | null;
  name: string;
}

export const SERVICE: Actor = { id: null, name: 'service' };
