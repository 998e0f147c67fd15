/** A made-up town paper's page, for tests of the lines around a headline when the page is pasted whole as text. */
export const MENU = ['Skip to content', 'Menu', 'Search', 'News', 'Local', 'Sports', 'Business', 'Opinion', 'Weather', 'Sign In'];
export const HEADLINE = 'Volunteers reopen the lighthouse museum after a winter of repairs';
export const STORY = [
  'The lighthouse museum at Gullcombe Point opened its doors again on Saturday after volunteers spent the winter replacing rotten floorboards and repainting the keeper’s cottage.',
  'More than two hundred visitors climbed the tower on the first day, the museum’s trustees said, many of them families who had waited since the autumn storms closed the site.',
  '“We did not think we would be ready before the summer,” said Hester Wren, who led the work. “People gave up every weekend to get it done, and it shows.”',
  'The trustees now hope to raise money for a new lens room display, and a fair on the green next month will collect donations for the project.',
];
