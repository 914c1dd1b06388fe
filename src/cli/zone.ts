import { Option } from 'commander';

/**
 * --zone: the site's time zone, from the user's knowledge of the site. Local times the page
 * prints without a zone get its offset; without it they stay local unless the dateline's
 * place tells the zone.
 */
export function zoneOption(): Option {
  return new Option('--zone <zone>', "the site's time zone, for local times printed without one (else the dateline's place decides, else none)").choices([
    'WIB',
    'WITA',
    'WIT',
  ]);
}
