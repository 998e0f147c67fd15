/** Courtesy and academic titles that are not part of a person's name. */
export const HONORIFICS = new Set(
  'dr dr. prof prof. professor mr mr. mrs mrs. ms ms. miss mx sir dame lord lady rev rev. fr fr. mme mme. m. mlle herr frau dipl.-ing. ing. г-н г-жа д-р проф.'.split(
    ' ',
  ),
);
