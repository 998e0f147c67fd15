/**
 * What a note about a writer says she is or does, in the present, in the clipper's languages
 * (`Jane Doe is a retired …`, `Anne Roe enseigne …`, `Іван Петров працює …`): a pattern's
 * source, for the patterns that find such notes.
 */
export const BIO_VERBS_NOW =
  'is|writes|covers|teaches|leads|works|est|enseigne|dirige|écrit|ist|lehrt|leitet|schreibt|является|работает|пишет|є|працює|пише';
