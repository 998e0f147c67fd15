import { isCountryName } from '../gazetteer.js';

/**
 * Countries as English news shortens them (`US`, `Ivory Coast`, `Scotland`), continents and world
 * regions. Country names in every language the clipper reads come from the gazetteer.
 */
const COUNTRIES = `Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Bosnia and Herzegovina|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|Dominican Republic|Ecuador|Egypt|El Salvador|England|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Greenland|Grenada|Guatemala|Guinea|Guyana|Haiti|Honduras|Hong Kong|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Macau|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nauru|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Northern Ireland|Norway|Oman|Pakistan|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Samoa|San Marino|Saudi Arabia|Scotland|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey|Türkiye|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|United Kingdom|United States|Uruguay|Uzbekistan|Vanuatu|Vatican|Venezuela|Vietnam|Wales|Yemen|Zambia|Zimbabwe|US|USA|UK|UAE|DRC`;

const REGIONS = `Africa|Asia|Europe|North America|South America|Latin America|Central America|Oceania|Antarctica|Arctic|Middle East|Near East|Far East|Central Asia|South Asia|Southeast Asia|East Asia|West Africa|East Africa|North Africa|Southern Africa|Sub-Saharan Africa|Central Africa|Horn of Africa|Eastern Europe|Western Europe|Central Europe|Northern Europe|Southern Europe|Balkans|Scandinavia|Caribbean|Mediterranean|Sahel|Pacific|Atlantic|Pacific Ocean|Atlantic Ocean|Indian Ocean|Arctic Ocean|Southern Ocean|Europa|Afrika|Asien|Amerika|Afrique|Asie|Amérique|Méditerranée|Mittelmeer|Европа|Азия|Африка|Америка|Європа|Азія|Африка|Америка`;

/**
 * Germany's and Austria's states, in German and in English: the gazetteer lists towns, and half of
 * these names are hyphenated (`Sachsen-Anhalt`), which would otherwise read as two halves of nothing.
 */
const STATES = `Baden-Württemberg|Bayern|Bavaria|Berlin|Brandenburg|Bremen|Hamburg|Hessen|Hesse|Mecklenburg-Vorpommern|Mecklenburg-Western Pomerania|Niedersachsen|Lower Saxony|Nordrhein-Westfalen|North Rhine-Westphalia|Rheinland-Pfalz|Rhineland-Palatinate|Saarland|Sachsen|Saxony|Sachsen-Anhalt|Saxony-Anhalt|Schleswig-Holstein|Thüringen|Thuringia|Burgenland|Kärnten|Carinthia|Niederösterreich|Lower Austria|Oberösterreich|Upper Austria|Salzburg|Steiermark|Styria|Tirol|Tyrol|Vorarlberg|Wien|Vienna`;

export const COUNTRY_NAMES = new Set(COUNTRIES.split('|'));
export const STATE_NAMES = new Set(STATES.split('|'));
export const WORLD_REGIONS = new Set(REGIONS.split('|'));

export function isCountryOrRegion(name: string, language: string): boolean {
  return COUNTRY_NAMES.has(name) || WORLD_REGIONS.has(name) || STATE_NAMES.has(name) || isCountryName(name, language);
}
