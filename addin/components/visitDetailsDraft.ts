import type { Lang } from '../../shared/i18n/lang';
import type { VisitDetailsBody, VisitDetailsInput } from '../../shared/schemas/visitDetailsSchema';

/** The host's visit-details form as typed: one text per field. */
export interface DetailsDraft {
  dates: string;
  roles: string;
  contactName: string;
  contactRole: string;
  contactEmail: string;
  texts: string;
  links: string;
}

const lines = (s: string) => s.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');

/** 10.3.2026 or 2026-03-10 → 2026-03-10; anything else is sent as typed, so the server names it. */
export function isoDate(typed: string): string {
  const fi = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(typed);
  return fi ? `${fi[3]}-${fi[2]!.padStart(2, '0')}-${fi[1]!.padStart(2, '0')}` : typed;
}

const shownDate = (iso: string, lang: Lang) => {
  const [y, m, d] = iso.split('-').map(Number);
  return lang === 'en' ? iso : `${d}.${m}.${y}`;
};

/**
 * The stored details as the form shows them.
 *
 * @example
 * toDraft(body, 'fi').dates // '10.3.2026, 11.3.2026'
 */
export function toDraft(body: Pick<VisitDetailsBody, 'dates' | 'roles' | 'contact' | 'material'>, lang: Lang): DetailsDraft {
  return {
    dates: body.dates.map((d) => shownDate(d, lang)).join(', '),
    roles: body.roles.join('\n'),
    contactName: body.contact?.name ?? '',
    contactRole: body.contact?.role ?? '',
    contactEmail: body.contact?.email ?? '',
    texts: body.material.texts.join('\n'),
    links: body.material.links.map((l) => (l.title ? `${l.title} | ${l.url}` : l.url)).join('\n'),
  };
}

/**
 * The PUT body from the form: dates split at commas, roles and texts one per line, a link as
 * "title | url" or a bare url; a contact person only when a name or an e-mail is given.
 *
 * @example
 * fromDraft({ ...draft, links: 'Ohjelma | https://a.example' }).material.links // [{ title: 'Ohjelma', url: 'https://a.example' }]
 */
export function fromDraft(d: DetailsDraft): VisitDetailsInput {
  const contact = d.contactName.trim() || d.contactEmail.trim()
    ? { name: d.contactName.trim(), email: d.contactEmail.trim(), ...(d.contactRole.trim() ? { role: d.contactRole.trim() } : {}) }
    : null;
  return {
    dates: d.dates.split(/[,;\s]+/).map((x) => x.trim()).filter((x) => x !== '').map(isoDate),
    roles: lines(d.roles),
    contact,
    material: {
      texts: lines(d.texts),
      links: lines(d.links).map((l) => {
        const bar = l.lastIndexOf('|');
        const title = bar >= 0 ? l.slice(0, bar).trim() : '';
        const url = bar >= 0 ? l.slice(bar + 1).trim() : l;
        return title ? { title, url } : { url };
      }),
    },
  };
}
