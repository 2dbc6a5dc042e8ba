/** Part-number families of integrated circuits and discrete semiconductors (HS 8541, 8542). */
import { pn, type PartPattern } from './part-pattern.js';

const MCU = '854231';
const MEM = '854232';
const AMP = '854233';
const IC = '854239';

export const IC_PATTERNS: PartPattern[] = [
  // processors and controllers (8542.31)
  { name: 'STM32/STM8 microcontroller', hs6: MCU, re: pn('STM32[A-Z]\\d|STM8[A-Z]'), weight: 5, evidence: 'ST microcontroller part number' },
  { name: 'AVR microcontroller', hs6: MCU, re: pn('AT(?:MEGA|TINY|XMEGA)\\d|ATSAM[A-Z0-9]|AT91SAM'), weight: 5, evidence: 'Microchip/Atmel AVR or SAM MCU' },
  { name: 'PIC microcontroller', hs6: MCU, re: pn('(?:DS)?PIC(?:1[0268]|2[4]|3[023])[A-Z]{1,2}\\d'), weight: 5, evidence: 'Microchip PIC/dsPIC MCU' },
  { name: 'ESP32/ESP8266 SoC', hs6: MCU, re: pn('ESP32|ESP8266'), weight: 4, evidence: 'Espressif Wi-Fi microcontroller' },
  { name: 'nRF5x SoC', hs6: MCU, re: pn('NRF5[123]\\d{2,3}'), weight: 5, evidence: 'Nordic Bluetooth SoC' },
  { name: 'MSP430/MSPM0', hs6: MCU, re: pn('MSP430|MSPM0'), weight: 5, evidence: 'TI MSP microcontroller' },
  { name: 'NXP LPC/Kinetis', hs6: MCU, re: pn('LPC\\d{3,4}|MK[0-6]\\d[A-Z]{1,2}\\d|S32K\\d'), weight: 5, evidence: 'NXP microcontroller' },
  { name: 'i.MX processor', hs6: MCU, re: pn('I\\.?MX\\s?[1-9]|MCIMX|MIMXRT'), weight: 5, evidence: 'NXP i.MX application processor' },
  { name: 'DSP / TI controller', hs6: MCU, re: pn('TMS320|TMS570|ADSP-?\\d|AM335\\d|AM62'), weight: 5, evidence: 'digital signal processor or TI processor' },
  { name: 'Renesas/Infineon MCU', hs6: MCU, re: pn('R5F\\d|RL78|CY8C\\d|XMC\\d{4}|TC2\\d{2}|GD32[A-Z]\\d|CH32V'), weight: 5, evidence: 'Renesas, Cypress, Infineon, GigaDevice or WCH MCU' },
  { name: 'x86/ARM processor', hs6: MCU, re: pn('(?:CORE\\s)?I[3579]-\\d{4,5}|XEON|RYZEN|BCM27\\d\\d|RK3\\d{3}|ALLWINNER'), weight: 4, evidence: 'CPU or application processor' },
  { name: 'Xilinx/AMD FPGA', hs6: MCU, re: pn('XC(?:7[AKVZ]|ZU|KU|VU|6S|3S|2C|7S)\\d*'), weight: 5, evidence: 'Xilinx/AMD FPGA or SoC (logic + processor)' },
  { name: 'Intel/Altera FPGA', hs6: MCU, re: pn('EP[1-4]C[E]?\\d|EP2[AS]|EPM\\d|10M\\d{2}[A-Z]|10CL\\d|5C[EGS][A-Z]{0,3}\\d|5AGX|EP4CE'), weight: 5, evidence: 'Altera/Intel FPGA or CPLD' },
  { name: 'Lattice/Microsemi FPGA', hs6: MCU, re: pn('LCMXO|LFE[35]U?|ICE40|LFXP|A3P\\d|M2S\\d|MPF\\d'), weight: 5, evidence: 'Lattice or Microsemi FPGA' },
  // memories (8542.32)
  { name: 'DRAM', hs6: MEM, re: pn('MT4[01][A-Z]\\d|MT4[67][A-Z]|MT5\\d[A-Z]|K4[ABTFH][A-Z0-9]{3}|H5[A-Z]{2}\\d|IS4[23][A-Z]|AS4C\\d|NT5[A-Z]{2}\\d'), weight: 5, evidence: 'DRAM part number (Micron, Samsung, Hynix, ISSI, Alliance, Nanya)' },
  { name: 'NAND/NOR flash', hs6: MEM, re: pn('MT2[59][A-Z]\\d|W25[QNX]\\d|W29N|S25FL|S29GL|MX25[LRU]\\d|MX30|GD25[QLB]\\d|SST[23]\\d|IS25[LW]P|K9[A-Z]{2}\\d|TC58'), weight: 5, evidence: 'flash memory part number' },
  { name: 'EEPROM/SRAM/FRAM', hs6: MEM, re: pn('AT24C\\d|24[AL]?C\\d{2,3}|25LC\\d|93[AL]?C\\d{2}|M24C\\d|CY62\\d|CY7C1\\d|IS6[14][A-Z]|IDT71|FM25|MB85RS|23LC\\d'), weight: 5, evidence: 'EEPROM, SRAM or FRAM part number' },
  // amplifiers (8542.33)
  { name: 'operational amplifier', hs6: AMP, re: pn('OPA\\d{3}|LM(?:358|324|741|833|386|4562)|TL0[678]\\d|NE55\\d{2}|MCP6\\d{3}|LMV\\d{3}|TLV\\d{3}[A-Z]|OP(?:07|27|37|177|AMP)|AD8\\d{3}|ADA4\\d{3}|INA\\d{3}|LT6\\d{3}|TSV9\\d|AD62\\d|LM4[89]\\d{2}'), weight: 4, evidence: 'op-amp, instrumentation or audio amplifier IC' },
  { name: 'RF amplifier MMIC', hs6: AMP, re: pn('HMC\\d{3}|QPA\\d|GVA-\\d|PGA-\\d|SBB\\d|MAAL-|QPL\\d'), weight: 3, evidence: 'RF/microwave amplifier MMIC' },
  // other ICs (8542.39)
  { name: 'ADC/DAC', hs6: IC, re: pn('ADS1\\d{2,3}|ADS[5-9]\\d{3}|AD7\\d{3}|AD9\\d{3}|AD5\\d{3}|LTC2\\d{3}|LTC1[0-9]{3}|MAX1[0-3]\\d{2}|MAX5\\d{3}|MCP3\\d{3}|MCP4[79]\\d{2}|DAC\\d{3,4}|PCM\\d{4}|ADC\\d{4}'), weight: 4, evidence: 'analog-to-digital or digital-to-analog converter IC' },
  { name: 'power management IC', hs6: IC, re: pn('TPS\\d{4,5}|LM(?:2596|2576|317|337|7805|1117|5050|25\\d{2})|L78[0-9]{2}|LM78\\d{2}|L79\\d{2}|AMS1117|LTC3\\d{3}|LT[13]\\d{3}|MP\\d{4}[A-Z]|TLV7\\d|UCC\\d{4,5}|TPS[0-9]|XL\\d{4}|MIC5\\d{3}|NCP\\d{3,4}'), weight: 4, evidence: 'voltage regulator / power management IC' },
  { name: 'interface IC', hs6: IC, re: pn('MAX(?:232|3232|485|3485|13487)|SN75\\d{3}|ADM\\d{4}|FT232|FT2232|CH340|CP210\\d|TJA10\\d{2}|MCP2515|ISO7\\d{3}|ULN200\\d|DS18B20|DS3231|PCF85\\d{2}'), weight: 4, evidence: 'interface, driver, sensor or clock IC' },
  { name: 'logic IC', hs6: IC, re: pn('SN74[A-Z]{0,4}\\d{2,3}|74(?:HC|HCT|LS|LVC|AHC|ACT|F)\\d{2,3}|CD40\\d{2}|NE555|LM555'), weight: 4, evidence: 'standard logic or timer IC' },
  { name: 'RF transceiver IC', hs6: IC, re: pn('SX12\\d\\d|SX126\\d|CC11\\d\\d|NRF24L01|AT86RF\\d|ADF4\\d{3}|AD936\\d|LMX2\\d{3}|SI4\\d{3}|RFM9\\d'), weight: 4, evidence: 'RF transceiver, synthesiser or PLL IC' },
  { name: 'IC package', hs6: IC, re: pn('(?:LQFP|TQFP|QFN|BGA|SOIC|TSSOP|SSOP|MSOP|QFP|DFN|WLCSP)[-\\s]?\\d{1,4}'), weight: 1.5, evidence: 'IC package code (LQFP, QFN, BGA, SOIC ...)' },
  // discrete semiconductors (8541)
  { name: 'power MOSFET/IGBT', hs6: '854129', re: pn('IRF[A-Z]?\\d{2,4}|IRL[A-Z]?\\d{2,4}|IRG[A-Z0-9]{3}|IKW\\d{2}|FGA\\d{2}|FGH\\d{2}|STP\\d{2}N|STW\\d{2}N|IPP\\d{3}|IPW\\d{2}|SPW\\d{2}|IXFH|IXGH|FF\\d{3}R\\d{2}|SKM\\d{3}|CM\\d{3}DY|BUZ\\d{2}|TIP\\d{2,3}'), weight: 4, evidence: 'power MOSFET, IGBT or power transistor' },
  { name: 'small-signal transistor', hs6: '854121', re: pn('2N(?:2222|3904|3906|7000|7002|2907|4401|4403|5551)|BC[58]\\d{2}|BS1[37]0|MMBT\\d{4}|S80[59]0|2S[ABCDJK]\\d{3,4}|BSS\\d{2,3}|MMBF'), weight: 4, evidence: 'small-signal transistor (< 1 W)' },
  { name: 'diode', hs6: '854110', re: pn('1N4\\d{3}|1N5[348]\\d{2}|1N4148|SS[1-3]\\d|BAT\\d{2}|BAV\\d{2}|BZX\\d{2}|SMBJ\\d|SMAJ\\d|P6KE\\d|1\\.5KE\\d|MUR\\d{3}|UF400\\d|FR10\\d|STPS\\d|SB\\d{3,4}|BYV\\d{2}|MBR\\d{3,4}|US1[A-M]'), weight: 4, evidence: 'rectifier, Schottky, Zener or TVS diode' },
  { name: 'thyristor/triac', hs6: '854130', re: pn('BT1[3-5]\\d|BTA\\d{2}|BTB\\d{2}|TYN\\d{3}|2N65\\d{2}|MAC97|BT169|SKKT\\d|TIC\\d{3}'), weight: 4, evidence: 'thyristor or triac' },
  { name: 'optocoupler/photodiode', hs6: '854149', re: pn('PC8\\d{2}|EL8\\d{2}|6N13[5-9]|TLP\\d{3}|MOC30\\d{2}|HCPL-?\\d|BPW\\d{2}|SFH\\d{3,4}|VEMD\\d|LTV-?\\d'), weight: 4, evidence: 'optocoupler or photodiode' },
  { name: 'MEMS sensor', hs6: '854151', re: pn('MPU-?[69]\\d{3}|BMI\\d{3}|BMP[23]\\d{2}|BME[26]\\d{2}|LSM\\d[A-Z]|LIS3[A-Z]|ADXL\\d{3}|ADXRS\\d|ICM-?\\d{5}|BNO055|MPX\\d{4}'), weight: 4, evidence: 'MEMS accelerometer, gyroscope or pressure sensor chip' },
];
