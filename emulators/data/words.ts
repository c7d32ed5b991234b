/** Word lists the generators draw from: fixed here so the data never changes with a library. */

/** Splits a comma-separated list written over several lines. */
function list(text: string): readonly string[] {
  return text
    .split(',')
    .map((word) => word.trim())
    .filter((word) => word !== '');
}

export const firstNames = list(`
  James, Mary, John, Patricia, Robert, Jennifer, Michael, Linda, William, Elizabeth, David,
  Barbara, Richard, Susan, Joseph, Jessica, Thomas, Sarah, Charles, Karen, Daniel, Nancy,
  Matthew, Lisa, Anthony, Betty, Mark, Margaret, Paul, Sandra, Steven, Ashley, Andrew, Emily,
  Kenneth, Donna, Joshua, Michelle, Kevin, Carol, Brian, Amanda, Élodie, François, Chloé,
  Lucas, Léa, Hugo, Giulia, Marco, Sofia, Luca, Sanne, Daan, Emma, Noah, Aiko, Hiroshi, Priya,
  Arjun, Fatima, Omar, Zoë, Björn`);

export const lastNames = list(`
  Smith, Johnson, Williams, Brown, Jones, Garcia, Miller, Davis, Rodriguez, Martinez,
  Hernandez, Lopez, Gonzalez, Wilson, Anderson, Thomas, Taylor, Moore, Jackson, Martin, Lee,
  Perez, Thompson, White, Harris, Sanchez, Clark, Ramirez, Lewis, Robinson, Walker, Young,
  Allen, King, Wright, Scott, Torres, Nguyen, Hill, Flores, Green, Adams, Nelson, Baker, Hall,
  Rivera, Campbell, Mitchell, Carter, Roberts, Dubois, Lefèvre, Moreau, Rossi, Russo, Ferrari,
  De Vries, Jansen, Van Dijk, O'Brien, Müller, Schmidt, Tanaka, Sato, Patel, Sharma, Haddad,
  Kowalski, Novák, Østergaard`);

export const companyStems = list(`
  Acme, Globex, Initech, Umbrella, Stark, Wayne, Wonka, Tyrell, Cyberdyne, Soylent, Hooli,
  Vandelay, Massive, Blue Sky, Northwind, Contoso, Fabrikam, Tailspin, Litware, Adventure,
  Pinnacle, Summit, Evergreen, Silverline, Bright Harbor, Red Rock, Golden Gate, Polar,
  Quantum, Atlas, Orion, Vertex`);

export const companySuffixes = list(
  `Inc., LLC, Ltd, Group, Corp., Holdings, Partners, SA, GmbH, BV, SpA`,
);

export interface Place {
  city: string;
  state: string | null;
  country: string;
  postalCode: string;
  latitude: number;
  longitude: number;
}

/** city | state | country | postal code | latitude | longitude */
export const places: readonly Place[] = `
  San Francisco|CA|United States|94105|37.7897|-122.3972
  New York|NY|United States|10001|40.7506|-73.9972
  Chicago|IL|United States|60601|41.8857|-87.6181
  Austin|TX|United States|78701|30.2711|-97.7437
  Seattle|WA|United States|98101|47.6101|-122.3344
  Boston|MA|United States|02108|42.3572|-71.0651
  Toronto|ON|Canada|M5H 2N2|43.6511|-79.3832
  London||United Kingdom|EC1A 1BB|51.5202|-0.0977
  Paris||France|75002|48.8679|2.3412
  Lyon||France|69002|45.7578|4.832
  Milano|MI|Italy|20121|45.4719|9.1881
  Roma|RM|Italy|00186|41.8955|12.4823
  Amsterdam|NH|Netherlands|1012 JS|52.3731|4.8922
  Utrecht|UT|Netherlands|3511 LX|52.0907|5.1214
  Berlin|BE|Germany|10117|52.5163|13.3777
  Tokyo|13|Japan|100-0005|35.6812|139.7671
  Sydney|NSW|Australia|2000|-33.8688|151.2093
  São Paulo|SP|Brazil|01310-100|-23.5614|-46.6559`
  .trim()
  .split('\n')
  .map((line) => {
    const [city = '', state = '', country = '', postalCode = '', lat = '0', lon = '0'] = line
      .trim()
      .split('|');
    return {
      city,
      state: state || null,
      country,
      postalCode,
      latitude: Number(lat),
      longitude: Number(lon),
    };
  });

export const streetNames = list(`
  Market St, Main St, Oak Ave, Pine St, Maple Dr, Cedar Ln, Elm St, Lake View Rd,
  Rue de la Paix, Via Roma, Keizersgracht, Baker Street, High Street, Mission St`);

export const titles = list(`
  CEO, CFO, CTO, VP Sales, VP Marketing, Marketing Manager, Sales Director, Account Executive,
  Buyer, Procurement Officer, IT Manager, Office Manager, Operations Lead, Product Manager,
  Engineer, Consultant, Analyst`);

export const departments = list(
  `Sales, Marketing, Finance, IT, Operations, Procurement, Legal, Support`,
);

export const emailDomains = list(`example.com, example.org, example.net, mail.example`);

export const dealWords = list(
  `Platform, Renewal, Upgrade, Services, Licenses, Expansion, Pilot, Support`,
);
