/**
 * A payment-screening worker thread: builds its own engine over the store's current lists, the goods
 * classifier and the BIC directory, then decides each batch of payments it is sent and answers with
 * one output line per payment, in order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildClassifier } from '../../goods/index.js';
import { loadGoodsTables } from '../../goods/load.js';
import { loadEngine } from '../../screening/load-engine.js';
import { SqliteListStore } from '../../storage/sqlite/list-store.js';
import { screenPayment } from '../decide.js';
import { loadPolicy } from '../load-policy.js';
import type { Payment } from '../model.js';
import { loadBicDirectory } from '../parse/bic.js';
import { paymentDeps } from '../pipeline.js';
import { decisionLine, type WorkerSetup } from './protocol.js';

const setup = workerData as WorkerSetup;
const store = new SqliteListStore(setup.dbPath);
const { engine, versions } = loadEngine(store);
store.close();
const policy = loadPolicy(setup.policyFile);
const bics = setup.bicFile ? await loadBicDirectory(setup.bicFile) : undefined;
const classifier = setup.goodsDir ? buildClassifier(loadGoodsTables(setup.goodsDir)) : undefined;
const { deps, stats } = paymentDeps(engine, bics, classifier && ((t) => classifier.classify(t, { top: 1 })));

parentPort!.on('message', (m: { batch: number; payments: Payment[] } | 'stats') => {
  if (m === 'stats') {
    parentPort!.postMessage({ stats: stats() });
    return;
  }
  const lines = m.payments.map((p) => decisionLine(screenPayment(p, policy, deps), p, versions));
  parentPort!.postMessage({ batch: m.batch, lines });
});
parentPort!.postMessage({ ready: true });
