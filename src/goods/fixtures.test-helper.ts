/** A few rows of HS and CHPL for unit tests (not the real tables). */
import type { GoodsTables, HsNode } from './types.js';

const hs = (code: string, description: string, parent: string): HsNode => ({
  code, description, parent, section: 'XVI', level: code.length as 2 | 4 | 6,
});

export const FIXTURE: GoodsTables = {
  hs: [
    hs('84', 'Nuclear reactors, boilers, machinery and mechanical appliances', 'TOTAL'),
    hs('8482', 'Ball or roller bearings', '84'),
    hs('848210', 'Ball bearings', '8482'),
    hs('848220', 'Bearings; tapered roller bearings, including cone and tapered roller assemblies', '8482'),
    hs('8457', 'Machining centres, unit construction machines and multi-station transfer machines, for working metal', '84'),
    hs('845710', 'Machining centres; for working metal', '8457'),
    hs('85', 'Electrical machinery and equipment and parts thereof', 'TOTAL'),
    hs('8542', 'Electronic integrated circuits', '85'),
    hs('854231', 'Electronic integrated circuits; processors and controllers', '8542'),
    hs('854239', 'Electronic integrated circuits; n.e.c. in heading no. 8542', '8542'),
    hs('61', 'Apparel and clothing accessories; knitted or crocheted', 'TOTAL'),
    hs('6109', 'T-shirts, singlets and other vests; knitted or crocheted', '61'),
    hs('610910', 'T-shirts, singlets and other vests; of cotton, knitted or crocheted', '6109'),
  ],
  chpl: [
    { hs6: '848210', tier: '3.B', description: 'Ball bearings', source: 'test' },
    { hs6: '848220', tier: '3.B', description: 'Tapered roller bearings', source: 'test' },
    { hs6: '845710', tier: '4.B', description: 'Machining centers for working metal', source: 'test' },
    { hs6: '854231', tier: '1', description: 'Processors and controllers', source: 'test' },
  ],
};
