/**
 * SIPRI armament categories.
 *
 * The per-delivery-year export (format B) names the category of each row. The classic trade
 * register (format A) has only a weapon description ("FGA aircraft", "APC turret"), so the
 * category is derived from it with the keyword rules below: the first rule that matches wins,
 * and a description no rule matches is `other` (the importer counts those in its report).
 *
 * The rules were written against SIPRI's own (description, category) pairs in format B files
 * of 2024-2026; the tests check that they reproduce SIPRI's category for nearly every row.
 * Where SIPRI changed its mind between releases ("coastal defence system": sensors in 2024,
 * artillery in 2026) the newer choice is used.
 *
 * | #  | description contains (case-insensitive; abbreviations as whole words)             | category            |
 * | -- | --------------------------------------------------------------------------------- | ------------------- |
 * | 1  | satellite                                                                         | satellites          |
 * | 2  | engine(s), turbofan, turbojet, turboprop, gas turbine, reactor                    | engines             |
 * | 3  | anti-radar                                                                        | missiles            |
 * | 4  | radar, sonar, electro-optical, EO, recce/reconnaissance system, search system, intelligence system, SIGINT system | sensors |
 * | 5  | air refuel                                                                        | other               |
 * | 6  | anti-aircraft / AA gun turret                                                     | air-defence-systems |
 * | 7  | self-propelled gun turret, SPG turret, mortar turret                              | artillery           |
 * | 8  | turret (APC, IFV, tank, helicopter turrets)                                       | other               |
 * | 9  | missile launcher, SSM launcher, SSM TEL, coastal defence                          | artillery           |
 * | 10 | naval gun, naval SAM, naval multiple rocket launcher / MRL, anti-submarine or ASW rocket launcher / mortar / MRL | naval-weapons |
 * | 11 | torpedo boat, missile boat                                                        | ships               |
 * | 12 | SAM / ABM / AD / air-defence ... system, anti-aircraft gun, AA gun                | air-defence-systems |
 * | 13 | missile, torpedo, SAM, ABM, ASM, SSM, SLBM, ...AAM, guided, loitering munition, one-way attack, naval mine | missiles |
 * | 14 | aircraft carrier                                                                  | ships               |
 * | 15 | aircraft, helicopter, UAV, airship                                                | aircraft            |
 * | 16 | tank(s), armoured, APC, IFV, infantry fighting vehicle, fire-support vehicle, chassis, UGV, bridgelayer, ARV, APV, AEV, ALV, AMV, AFSV, AV | armoured-vehicles |
 * | 17 | ship, boat, craft, corvette, frigate, destroyer, cruiser, submarine, minesweeper / minehunter / minelayer, tug, tanker, icebreaker, OPV, FAC, AALS, SSB | ships |
 * | 18 | gun(s), mortar, howitzer, rocket launcher, MRL, artillery                         | artillery           |
 * | -  | anything else                                                                     | other               |
 */
import type { WeaponCategory } from '../../model/types';

export const DESCRIPTION_RULES: readonly (readonly [RegExp, WeaponCategory])[] = [
  [/satellite/, 'satellites'],
  [/\bengines?\b|turbofan|turbojet|turboprop|gas turbine|reactor/, 'engines'],
  [/anti-radar/, 'missiles'],
  [
    /radar|sonar|electro-optical|\beo\b|reconnaissance system|recce system|search system|intelligence system|\bsigint system/,
    'sensors',
  ],
  [/air refuel/, 'other'],
  [/(anti-aircraft|\baa) gun turret/, 'air-defence-systems'],
  [/self-propelled gun turret|\bspg turret|mortar turret/, 'artillery'],
  [/turret/, 'other'],
  [/missile launcher|\bssm (launcher|tel)\b|coastal defence/, 'artillery'],
  [
    /naval gun|naval sam|naval (multiple rocket|mrl)|(anti-submarine|\basw) (rocket launcher|mortar|mrl)/,
    'naval-weapons',
  ],
  [/(torp[ae]?d[eo]{1,2}|missile) boat/, 'ships'],
  [
    /\b(sam|abm|ad|air-defence|air defence)\b[^,]*system|anti-aircraft gun|\baa gun/,
    'air-defence-systems',
  ],
  [
    /missile|torpedo|\b(sam|abm|asm|ssm|slbm)\b|aam\b|guided|loitering munition|one-way attack|naval mine/,
    'missiles',
  ],
  [/aircraft carrier/, 'ships'],
  [/aircraft|helicopter|\buav\b|airship/, 'aircraft'],
  [
    /\btanks?\b|armou?red|\b(apc|ifv|ugv|arv|apv|aev|alv|amv|afsv|av)\b|infantry fighting vehicle|fire-support vehicle|chassis|bridgelayer/,
    'armoured-vehicles',
  ],
  [
    /ship|boat|craft\b|corvette|frigate|destroyer|cruiser|submarine|minesweeper|minehunter|minelayer|\btug\b|tanker|icebreaker|\b(opv|fac|aals|ssb)\b/,
    'ships',
  ],
  [/\bguns?\b|mortar|howitzer|rocket launcher|\bmrl\b|artillery/, 'artillery'],
];

/** The SIPRI category for a weapon description, or undefined when no rule matches. */
export function categoryFromDescription(description: string): WeaponCategory | undefined {
  const d = description.toLowerCase();
  for (const [re, category] of DESCRIPTION_RULES) if (re.test(d)) return category;
  return undefined;
}

/** SIPRI's category label in format B ("Air defence systems", "Air-defence systems", ...). */
export function categoryFromLabel(label: string): WeaponCategory | undefined {
  const key = label
    .toLowerCase()
    .replace(/[\s-]+/g, ' ')
    .trim();
  const table: Record<string, WeaponCategory> = {
    aircraft: 'aircraft',
    'air defence systems': 'air-defence-systems',
    'air defense systems': 'air-defence-systems',
    'anti submarine warfare': 'anti-submarine-warfare',
    'anti submarine warfare weapons': 'anti-submarine-warfare',
    'armoured vehicles': 'armoured-vehicles',
    'armored vehicles': 'armoured-vehicles',
    artillery: 'artillery',
    engines: 'engines',
    missiles: 'missiles',
    'naval weapons': 'naval-weapons',
    satellites: 'satellites',
    sensors: 'sensors',
    ships: 'ships',
    other: 'other',
  };
  return table[key];
}
