import type { OrgEntry } from './aliases';

/**
 * 免去其海洋学院院长职务, where 海洋学院 is a unit of the article's university: a post the sentence ends is
 * written at the top body with 原 before the whole title (原海洋学院院长 at 广西大学, 原办公厅副主任 at 某省人民政府),
 * as the golds write 42 of 43 dismissed posts with a unit in their title (21 rounds) — not with 原 between the
 * unit and its title (海洋学院原院长), which is how the unit's own record would fold.
 */
export function dismissedAtTopBody(
  entries: ReadonlyMap<string, OrgEntry>,
  organization: string | null,
  title: string,
): { organization: string | null; title: string } {
  if (!organization || !title.startsWith('原')) return { organization, title };
  let unit = entries.get(organization);
  let path = '';
  for (let depth = 0; unit?.parent && depth < 4; depth++) {
    const parent = entries.get(unit.parent);
    if (!parent) break;
    path = localName(unit.name, parent) + path;
    unit = parent;
  }
  if (!path || !unit) return { organization, title };
  return { organization: unit.name, title: `原${path}${title.slice(1)}` };
}

/** A unit's name without its parent's name or short form in front (河南省人民政府办公厅 → 办公厅). */
function localName(name: string, parent: OrgEntry): string {
  const forms = [parent.name, ...parent.aliases].sort((a, b) => b.length - a.length);
  const form = forms.find((f) => f && name.startsWith(f) && name.length > f.length);
  return form ? name.slice(form.length) : name;
}
