/**
 * Job titles that stand before a name without being part of it (`Executive Bob Iger`,
 * `Minister Anna Berg`), in the clipper's languages. Lower-case.
 */
export const JOB_TITLES = new Set(
  [
    'executive', 'chief', 'ceo', 'president', 'vice', 'chairman', 'chairwoman', 'chair', 'director', 'minister', 'secretary',
    'senator', 'sen.', 'rep.', 'representative', 'governor', 'gov.', 'mayor', 'judge', 'justice', 'general', 'gen.', 'colonel',
    'col.', 'captain', 'capt.', 'lieutenant', 'sergeant', 'officer', 'detective', 'commissioner', 'spokesman', 'spokeswoman',
    'spokesperson', 'coach', 'manager', 'founder', 'co-founder', 'chancellor', 'prime', 'premier', 'ambassador', 'king', 'queen',
    'prince', 'princess', 'pope', 'bishop', 'father', 'sister', 'brother', 'rabbi', 'imam', 'sheriff', 'deputy', 'attorney',
    'lawyer', 'economist', 'analyst', 'professor', 'researcher', 'author', 'writer', 'editor', 'reporter', 'correspondent',
    'staff', 'contributor', 'columnist', 'senior', 'junior', 'former', 'late', 'actor', 'actress', 'singer', 'star', 'player',
    'präsident', 'präsidentin', 'kanzler', 'kanzlerin', 'ministerin', 'bürgermeister', 'bürgermeisterin', 'sprecher',
    'sprecherin', 'chef', 'chefin', 'direktor', 'direktorin', 'trainer', 'président', 'présidente', 'ministre', 'maire',
    'directeur', 'directrice', 'porte-parole', 'entraîneur', 'général', 'juge', 'президент', 'премьер', 'министр', 'мэр',
    'губернатор', 'директор', 'глава', 'председатель', 'генерал', 'прем\'єр', 'міністр', 'мер', 'голова', 'речник',
  ],
);
