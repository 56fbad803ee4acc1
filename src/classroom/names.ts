/**
 * Whose run a code is: the name a form's CSV gives in a name column, or the
 * text before a code on a pasted line ("Alice Martin: sf2…", "Alice Martin —
 * https://…?code=sf2…", "Alice Martin<TAB>sf2…"). Names are text from
 * outside: the page only ever sets them as text.
 *
 * The column rule: a header is compared once lower-cased, without accents
 * or punctuation. A full-name column ("Name", "Your name", "Full name",
 * "What is your name?", "Nom", "Votre nom", "Nom complet", "Student",
 * "Élève", "Participant", or any header that starts with "Name" or "Nom")
 * wins; otherwise a first-name column ("First
 * name", "Prénom") and a last-name one ("Last name", "Surname", "Nom de
 * famille") are joined, first name first. Columns naming something else
 * ("User name", "Nom d'utilisateur", "Scenario name", "Team name", an
 * e-mail) are not names.
 */

/** Longest name kept; longer text before a code is a sentence, not a name. */
export const MAX_NAME = 80;

/** A header as compared: lower case, no accents, words separated by one space. */
export function normalHeader(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const PERSON = '(student|students|eleve|etudiant|etudiante|participant|participante|trainee|learner|apprenant|apprenante|stagiaire)';
const FULL = new RegExp(
  [
    `^(your |full |student |trainee |participant |learner )?name$`,
    `^(votre |ton )?nom( complet| et prenom| prenom)?$`,
    `^prenom (et )?nom$`,
    `^${PERSON}( name| full name)?$`,
    `^(nom|name) (de l |de la |du |of the |of )?${PERSON}$`,
    `\\b(your name|votre nom|ton nom|full name|nom complet)\\b`,
  ].join('|'),
);
const FIRST = /^(your )?(first name|given name|firstname|forename|prenom|votre prenom)$/;
const LAST = /^(your )?(last name|surname|family name|lastname|nom de famille)$/;
const NOT_A_NAME = /\b(user|username|utilisateur|login|e ?mail|courriel|scenario|team|equipe|file|fichier|company|entreprise|code)\b/;

export interface NameColumns {
  /** a full name's column */
  full?: number;
  first?: number;
  last?: number;
}

/** The columns of a CSV header that hold a trainee's name (see the rule above). */
export function nameColumns(header: readonly string[]): NameColumns {
  const normal = header.map(normalHeader);
  const find = (re: RegExp) => {
    const i = normal.findIndex((h) => h !== '' && re.test(h) && !NOT_A_NAME.test(h) && (re === FIRST || re === LAST || !(FIRST.test(h) || LAST.test(h))));
    return i >= 0 ? i : undefined;
  };
  const first = find(FIRST);
  const last = find(LAST);
  // "Nom" beside "Prénom" is the family name
  // a header that starts with the word ("Name, first and last", "Nom et prénom de l'élève") is a full name too
  const full = find(FULL) ?? find(/^(name|nom)\b/);
  if (first !== undefined && full !== undefined && normal[full] === 'nom' && last === undefined) return { first, last: full };
  if (full !== undefined) return { full };
  return { ...(first !== undefined ? { first } : {}), ...(last !== undefined ? { last } : {}) };
}

const clean = (text: string | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** A row's name by its name columns; undefined when they are empty. */
export function nameOfRow(cells: readonly string[], columns: NameColumns): string | undefined {
  const name = columns.full !== undefined ? clean(cells[columns.full]) : [columns.first, columns.last].map((c) => (c === undefined ? '' : clean(cells[c]))).filter((x) => x !== '').join(' ');
  return name !== '' ? name.slice(0, MAX_NAME) : undefined;
}

/** Separators between a name and its code: blanks, colons, dashes, pipes, arrows, commas. */
const EDGES = /^[\s:;,|=>\-–—•*]+|[\s:;,|=>\-–—•*]+$/g;

/**
 * The name in the text before a code on its line: a link holding the code is
 * dropped, then anything after a colon ("Anna: here is mine"), then the separators; undefined when nothing is left, or when what
 * is left is too long or is a link or code of its own.
 */
export function nameBefore(text: string): string | undefined {
  const withoutLink = text.replace(/\S*$/, (tail) => (/^(https?:|www\.|#\/|\?|[^\s]*[?&#]code=)/i.test(tail) ? '' : tail));
  // "Anna: here is mine sf2…": the name is what comes before the colon
  const colon = withoutLink.indexOf(':');
  const name = clean((colon > 0 ? withoutLink.slice(0, colon) : withoutLink).replace(EDGES, ''));
  if (name === '' || name.length > MAX_NAME || /https?:|sf[12s]\d?\./i.test(name)) return undefined;
  return name;
}
