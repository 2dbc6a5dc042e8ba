/**
 * Distributor-catalogue abbreviations (Digi-Key, Mouser, LCSC style: "IC MCU 32BIT 64KB FLASH",
 * "CAP CER 0.1UF 50V X7R", "CONN HEADER VERT 10POS"). The leading category words say what the part is.
 */
import type { SynonymRule } from './synonym-rule.js';

export const DISTRIBUTOR_SYNONYMS: SynonymRule[] = [
  { name: 'catalogue: processor IC', hs6: '854231', weight: 5, terms: ['ic mcu', 'ic fpga', 'ic cpld', 'ic mpu', 'ic dsp', 'ic soc', 'ic microcontroller', 'ic processor'] },
  { name: 'catalogue: memory IC', hs6: '854232', weight: 5, terms: ['ic flash', 'ic dram', 'ic sram', 'ic eeprom', 'ic fram', 'ic memory', 'ic mem', 'ic psram', 'ic nvsram'] },
  { name: 'catalogue: amplifier IC', hs6: '854233', weight: 5, terms: ['ic opamp', 'ic op amp', 'ic amp', 'ic instr amp', 'ic amplifier', 'ic rf amp', 'ic audio amp'] },
  { name: 'catalogue: other IC', hs6: '854239', weight: 4.5, terms: ['ic reg', 'ic adc', 'ic dac', 'ic transceiver', 'ic driver', 'ic gate', 'ic interface', 'ic clock', 'ic buffer', 'ic switch', 'ic mux', 'ic controller', 'ic sensor', 'ic supervisor', 'ic led driver', 'ic pwr', 'ic batt', 'ic rtc', 'ic counter', 'ic flip flop', 'ic shift reg', 'ic timer'] },
  { name: 'catalogue: ceramic capacitor', hs6: '853224', weight: 5, terms: ['cap cer', 'cap ceramic'] },
  { name: 'catalogue: tantalum capacitor', hs6: '853221', weight: 5, terms: ['cap tant', 'cap tantalum'] },
  { name: 'catalogue: connector', hs6: '853669', weight: 5, terms: ['conn header', 'conn rcpt', 'conn plug', 'conn jack', 'conn sma', 'conn bnc', 'conn rf', 'conn circular', 'conn d-sub', 'conn dsub', 'conn term', 'conn socket', 'conn housing', 'conn receptacle', 'conn ffc', 'conn usb', 'conn mod jack', 'conn$'] },
  { name: 'catalogue: small transistor', hs6: '854121', weight: 4.5, terms: ['trans npn', 'trans pnp', 'trans gp', 'trans rf', 'trans prebias'] },
  { name: 'catalogue: power MOSFET', hs6: '854129', weight: 4.5, terms: ['mosfet n-ch', 'mosfet p-ch', 'mosfet 2n-ch', 'igbt trench', 'igbt$'] },
  { name: 'catalogue: diode', hs6: '854110', weight: 4.5, terms: ['diode gen purp', 'diode schottky', 'diode zener', 'diode array', 'tvs diode', 'diode tvs'] },
  { name: 'catalogue: optoisolator', hs6: '854149', weight: 5.5, terms: ['optoisolator', 'opto isolator', 'sensor photodiode', 'photo detector'] },
  { name: 'catalogue: crystal', hs6: '854160', weight: 5, terms: ['crystal', 'xtal osc', 'resonator'] },
  { name: 'catalogue: accelerometer', hs6: '854151', weight: 4.5, terms: ['accel 3-axis', 'accel', 'gyro 3-axis', 'imu accel'] },
];
