/**
 * Author bios closing an article, as data: "<Name> is a reporter for …" (US and UK news sites),
 * "Penulis adalah dosen …" (Indonesian opinion columns), "Die Autorin ist Redakteurin …"
 * (German), and their kin in Spanish, French, Italian, Polish, Portuguese and Dutch.
 */

/** "is", "was" in the languages of the corpora. */
export const BIO_VERBS: readonly string[] = [
  'is',
  'was',
  'adalah',
  'merupakan',
  'ist',
  'war',
  'es',
  'fue',
  'est',
  'était',
  'è',
  'jest',
  'był',
  'była',
  'é',
  'foi',
];

/**
 * What a bio says the author is: a newsroom role. Not "founder", "CEO", "lecturer": a closing
 * paragraph saying who someone in the story is reads the same.
 */
export const BIO_ROLES: readonly string[] = [
  // English
  'reporter',
  'writer',
  'editor',
  'correspondent',
  'journalist',
  'contributor',
  'columnist',
  'producer',
  'intern',
  'author',
  'blogger',
  // Indonesian
  'wartawan',
  'jurnalis',
  'penulis',
  'kontributor',
  'redaktur',
  // German
  'redakteur(?:in)?',
  'journalist(?:in)?',
  'autor(?:in)?',
  'korrespondent(?:in)?',
  'chefredakteur(?:in)?',
  'volontär(?:in)?',
  // Spanish, Portuguese
  'periodista',
  'redactor(?:a)?',
  'corresponsal',
  'columnista',
  'jornalista',
  'repórter',
  'redator(?:a)?',
  'colunista',
  // French
  'journaliste',
  'rédact(?:eur|rice)',
  'correspondant(?:e)?',
  'chroniqueu(?:r|se)',
  'auteur(?:e)?',
  // Italian
  'giornalista',
  'redatt(?:ore|rice)',
  'corrispondente',
  'editorialista',
  // Polish
  'dziennikar(?:z|ka)',
  'redaktor(?:ka)?',
  'korespondent(?:ka)?',
  'publicyst(?:a|ka)',
  // Dutch
  'redacteur',
  'verslaggever',
];

/** "The writer is …" openings of a bio that does not name the author again. */
export const WRITER_IS: RegExp =
  /^[*)\s]*(?:penulis|the (?:writer|author)|der autor|die autorin|el autor|la autora|l['’]auteur(?:e)?|l['’]autrice|l['’]autore|autor|autorka|de auteur|o autor|a autora)\s+(?:adalah|merupakan|is|ist|es|est|è|jest|é)\b/i;
