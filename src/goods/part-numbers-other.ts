/**
 * Part-number families outside the IC world: bearings (8482), connectors (8536), passive components
 * (8532, 8541.60), GNSS and radio modules (8526, 8517), and brand cues.
 */
import { E, pn, S, type PartPattern } from './part-pattern.js';

/** Words that say "this is a bearing", in the languages we support; bare series numbers need one of them. */
const BEARING_CONTEXT = /bearing|lager|roulement|rodamiento|cojinete|rolamento|cuscinett|подшипник|轴承|skf|fag|nsk|ntn|timken|koyo|\bina\b|zwz|hrb|lyc|nachi/;
/** Ball-bearing suffixes: shields and seals (2RS, ZZ, 2Z, RS, Z, DDU, LLU) with optional clearance (C3). */
const BALL_SUFFIX = '(?:-?2RS1?|-?2RSH|-?ZZ|-?2Z|-?RS|-?Z|-?DDU|-?LLU|-?2RSR|-?RZ|-?NR|-?N)(?:[/-]?C[0-5])?';

export const BEARING_PATTERNS: PartPattern[] = [
  { name: 'deep groove ball bearing (sealed/shielded)', hs6: '848210', re: new RegExp(`${S}(?:16|6|60|61|62|63|64|68|69|SS6|S6|MR|R)\\d{2,3}${BALL_SUFFIX}${E}`), weight: 5, evidence: 'ball-bearing series number with seal/shield suffix (2RS, ZZ, 2Z ...)' },
  { name: 'ball bearing series', hs6: '848210', re: new RegExp(`${S}(?:16\\d{3}|6[0-4]\\d{2}|6[0-4]\\d{3}|6[89]\\d{2}|12\\d{2}|13\\d{2}|22\\d{2}(?:-2RS|K)?|51[1-4]\\d{2}|52\\d{3})(?:[/-]?C[0-5])?${E}`), weight: 3.5, evidence: 'ball-bearing series number (6xxx deep groove, 12xx/22xx self-aligning, 51xxx thrust)', context: BEARING_CONTEXT },
  { name: 'angular contact ball bearing', hs6: '848210', re: new RegExp(`${S}(?:QJ)?7[0-3]\\d{2}(?:[A-Z]{0,4})?(?:-?B|-?C|-?AC|-?BE[CP]?)[A-Z0-9/.-]*`), weight: 4, evidence: 'angular-contact ball bearing 7xxx B/C/AC', context: BEARING_CONTEXT },
  { name: 'insert ball bearing', hs6: '848210', re: pn('UC[PFTL]?\\d{3}|UCFL\\d{3}|SB\\d{3}|YAR\\d{3}'), weight: 3.5, evidence: 'insert (Y-) ball bearing UC/YAR series', context: BEARING_CONTEXT },
  { name: 'tapered roller bearing', hs6: '848220', re: new RegExp(`${S}(?:3[0-3]\\d{3}|(?:LM|HM|JL|JM|L|M)\\d{5,6}(?:/\\d+)?|HH\\d{6}|[A-Z]?\\d{3,5}/\\d{3,5}[A-Z]?)(?:[A-Z]{0,3})?${E}`), weight: 4, evidence: 'tapered roller bearing: metric 30xxx-33xxx or inch cone/cup (LM/HM, nnn/nnn)', context: BEARING_CONTEXT },
  { name: 'spherical roller bearing', hs6: '848230', re: new RegExp(`${S}2[1-4][0-9]{3}(?:[A-Z]{0,4})?(?:[/-]?(?:CC|CA|MB|E|EK|K|W33|C3|C4|EAE4|VA405))*${E}`), weight: 4, evidence: 'spherical roller bearing 21xxx-24xxx (CC, CA, E, K, W33)', context: BEARING_CONTEXT },
  { name: 'cylindrical roller bearing', hs6: '848250', re: pn('(?:NU|NJ|NUP|NF|NN|NNU|RNU|N)\\s?[0-4]?\\d{3,4}(?:[A-Z]{0,4})?'), weight: 4, evidence: 'cylindrical roller bearing NU/NJ/NUP/N/NN series', context: BEARING_CONTEXT },
  { name: 'needle roller bearing', hs6: '848240', re: pn('NA\\d{4}|NK\\d{2}|HK\\d{4}|RNA\\d{4}|NKI\\d{2}|BK\\d{4}|K\\d{2}X\\d{2}'), weight: 4, evidence: 'needle roller bearing NA/NK/HK', context: BEARING_CONTEXT },
  { name: 'bearing brand', hs6: '848210', re: pn('SKF|FAG|NSK|NTN|KOYO|TIMKEN|NACHI|ZWZ|HRB|LYC|SCHAEFFLER'), weight: 1.5, evidence: 'bearing manufacturer' },
];

export const CONNECTOR_PATTERNS: PartPattern[] = [
  { name: 'MIL circular connector', hs6: '853669', re: pn('MIL-DTL-38999|MIL-C-5015|MIL-DTL-26482|D38999|MS310[0-8]|MS3470|MS27\\d{3}|PT0[0-8][A-Z]|2M80\\d|GJB599'), weight: 5, evidence: 'military circular connector (MIL-DTL-38999, MS3106, D38999 ...)' },
  { name: 'D-sub connector', hs6: '853669', re: pn('D-?SUB|D[ABCDE]-?(?:9|15|25|37|50)[PS]?|DB-?(?:9|15|25|37)|DE-?9|HD-?15'), weight: 4, evidence: 'D-subminiature connector' },
  { name: 'RF coaxial connector', hs6: '853669', re: pn('SMA|SMB|SMP|MCX|MMCX|BNC|TNC|N-TYPE|U\\.FL|IPEX|QMA|2\\.92MM|SMA-[KJF]'), weight: 2.5, evidence: 'coaxial RF connector series (SMA, BNC, TNC, N ...)' },
  { name: 'board/wire connector part number', hs6: '853669', re: pn('\\d{1,2}-\\d{6,7}-\\d|\\d{4,5}-\\d{4}|43025-|5051\\d{2}|JST[- ]?(?:XH|PH|SH|ZH|GH|VH)|XH-?\\d|PH-?\\d|M12|M8|RJ-?45|RJ-?11|IDC|PIN HEADER|USB[- ]?C|8P8C'), weight: 2.5, evidence: 'TE/Molex/JST part number or connector family', context: /connector|header|socket|plug|receptacle|stecker|buchse|connecteur|conector|разъем|разъём|соединитель|连接器|插座|接插件|amphenol|molex|\bte\b|harting|hirose|jst|rj45/ },
  { name: 'connector brand', hs6: '853669', re: pn('AMPHENOL|MOLEX|HIROSE|HARTING|SOURIAU|GLENAIR|LEMO|ODU|BINDER|PHOENIX CONTACT|SAMTEC|TE CONNECTIVITY|DEUTSCH|ITT CANNON|WEIDMULLER|WAGO'), weight: 2, evidence: 'connector manufacturer' },
];

export const COMPONENT_PATTERNS: PartPattern[] = [
  { name: 'MLCC part number', hs6: '853224', re: pn('GRM\\d{2,3}|GCM\\d{3}|CL(?:03|05|10|21|31|32)[ABC]\\d|C(?:0402|0603|0805|1206|1210)C\\d|CC0[48]0[2-6]|08055C|0603[A-Z]\\d'), weight: 4, evidence: 'Murata/Samsung/KEMET/Yageo MLCC part number' },
  { name: 'MLCC dielectric', hs6: '853224', re: pn('X7R|X5R|C0G|NP0|X7S|Y5V'), weight: 2, evidence: 'ceramic dielectric class (X7R, C0G ...)', context: /capacit|kondens|condensa|конденсат|电容|mlcc|\d\s?[unp]f/ },
  { name: 'tantalum capacitor part number', hs6: '853221', re: pn('T49[0-9][A-Z]|T52\\d|TAJ[A-E]|TPS[A-E]\\d{3}|TAZ[A-H]|293D|TCJ[A-Z]|TMCM'), weight: 4, evidence: 'KEMET/AVX/Vishay tantalum capacitor' },
  { name: 'quartz crystal', hs6: '854160', re: pn('HC-?49|HC49S|ABM\\d|ABLS|FA-?238|TSX-?3225|NX3225|X1E|ECS-\\d{2,3}|\\d{1,3}(?:\\.\\d+)?\\s?MHZ\\s(?:CRYSTAL|XTAL|QUARTZ)|32[.,]768\\s?KHZ'), weight: 4, evidence: 'quartz crystal / resonator package or frequency' },
  { name: 'GNSS module', hs6: '852691', re: pn('NEO-?[5-9][A-Z]{0,2}|NEO-M[89]N?|ZED-F9[A-Z]|LEA-[5-9]|MAX-M\\d{1,2}|SAM-M8|L7[06]|L8[06]|LC29|LC76|BN-?[128]\\d0|UM98\\d|UM4B0|MOSAIC-X5|F9P'), weight: 4, evidence: 'GNSS receiver module (u-blox, Quectel, Beitian, Unicore)', context: /gps|gnss|glonass|beidou|galileo|u-?blox|quectel|beitian|unicore|rtk|навига|глонасс|导航|北斗|定位|module|modul|модул/ },
  { name: 'u-blox/GNSS brand', hs6: '852691', re: pn('U-?BLOX|SEPTENTRIO|NOVATEL|TRIMBLE BD\\d'), weight: 2.5, evidence: 'GNSS receiver manufacturer' },
  { name: 'radio module', hs6: '851762', re: pn('ESP-?(?:01|12[EF]?|WROOM|WROVER)|ESP32-(?:WROOM|WROVER|C3-MINI|S3-WROOM)|HC-0[56]|E32-\\d|RA-?0[12]|SIM800|SIM7600|EC2[05]|BG9[56]|RM50\\dQ|HM-?1[0O]'), weight: 4.5, evidence: 'Wi-Fi/Bluetooth/LoRa/cellular radio module' },
];
