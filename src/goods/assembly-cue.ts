/**
 * A module, board or kit built around a chip is not the chip: "Bluetooth module nRF52840 based" is a
 * radio module (8517), not an IC (8542). When such a word is present, chip part numbers count less.
 */
const ASSEMBLY = /(?<![\p{L}\p{N}])(?:module|modules|board|dev(?:elopment)? board|kit|modul|carte|placa|модуль|модули|плата|отладочная)(?![\p{L}\p{N}])|模块|模组|开发板/u;

/** Whether the lower-cased text names a module, board or kit. */
export function mentionsAssembly(lowerText: string): boolean {
  return ASSEMBLY.test(lowerText);
}

/** Factor for chip (HS 8541/8542) part-number evidence when the text names an assembly. */
export const ASSEMBLY_CHIP_FACTOR = 0.5;

export function isChipCode(hs6: string): boolean {
  return hs6.startsWith('8541') || hs6.startsWith('8542');
}
