import type { LayerHandler } from '../types.js';
import { bidirectionalHandler } from './bidirectional.js';
import { gruHandler, lstmHandler, simpleRnnHandler } from './layers.js';
import { maskingHandler } from './masking.js';

/** Recurrent layer handlers: LSTM, GRU, SimpleRNN (and their CuDNN variants), Bidirectional, Masking (refused). */
export const RECURRENT_HANDLERS: LayerHandler[] = [lstmHandler, gruHandler, simpleRnnHandler, bidirectionalHandler, maskingHandler];

export { maskedConsumers, MASK_HINT, type MaskFinding } from './masking.js';
export { recurrentFormNotes } from './notes.js';
