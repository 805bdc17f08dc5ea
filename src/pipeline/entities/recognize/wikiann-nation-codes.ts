/**
 * "Joaquim Agostinho ( POR )": sports results give a competitor's nation as
 * its three-letter Olympic (IOC) code in brackets after the name, and
 * WikiANN links the code to the country (LOC), where the recogniser types a
 * lone acronym as an organisation. Token-level entry only.
 */
import type { Token } from '../tokenize.js';
import type { TokenChunk } from './wikiann-conventions.js';

/** IOC country codes, current ones and those of the 20th century still found in results (URS, GDR, FRG, TCH, YUG). */
const IOC_CODES = new Set(
  (
    'AFG ALB ALG AND ANG ANT ARG ARM ARU ASA AUS AUT AZE BAH BAN BAR BDI BEL BEN BER BHU BIH BIZ BLR BOL BOT BRA BRN BRU ' +
    'BUL BUR CAF CAM CAN CAY CGO CHA CHI CHN CIV CMR COD COK COL COM CPV CRC CRO CUB CYP CZE DEN DJI DMA DOM ECU EGY ERI ' +
    'ESA ESP EST ETH FIJ FIN FRA FSM GAB GAM GBR GBS GEO GEQ GER GHA GRE GRN GUA GUI GUM GUY HAI HKG HON HUN INA IND IRI ' +
    'IRL IRQ ISL ISR ISV ITA IVB JAM JOR JPN KAZ KEN KGZ KIR KOR KOS KSA KUW LAO LAT LBA LBN LBR LCA LES LIE LTU LUX MAD ' +
    'MAR MAS MAW MDA MDV MEX MGL MHL MKD MLI MLT MNE MON MOZ MRI MTN MYA NAM NCA NED NEP NGR NIG NOR NRU NZL OMA PAK PAN ' +
    'PAR PER PHI PLE PLW PNG POL POR PRK PUR QAT ROU RSA RUS RWA SAM SEN SEY SGP SKN SLE SLO SMR SOL SOM SRB SRI SSD STP ' +
    'SUD SUI SUR SVK SWE SWZ SYR TAN TGA THA TJK TKM TLS TOG TPE TTO TUN TUR TUV UAE UGA UKR URU USA UZB VAN VEN VIE VIN ' +
    'YEM ZAM ZIM URS GDR FRG TCH YUG EUN SCG'
  ).split(' '),
);

/** Retypes as places the nation codes bracketed right after a person ("… ( NED )"). */
export function typeNationCodes(chunks: readonly TokenChunk[], tokens: readonly Token[]): void {
  chunks.forEach((chunk, k) => {
    const before = chunks[k - 1];
    if (chunk.end - chunk.start !== 1 || !IOC_CODES.has(tokens[chunk.start]?.text ?? '')) return;
    if (tokens[chunk.start - 1]?.text !== '(' || tokens[chunk.end]?.text !== ')') return;
    if (before?.type === 'PER' && before.end === chunk.start - 1) chunk.type = 'LOC';
  });
}
