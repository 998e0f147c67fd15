import { SQLITE_CONNECTIONS } from '../support/engine-transports.js';
import { describeHighlightIndex } from './highlight-index.contract.js';

describeHighlightIndex(SQLITE_CONNECTIONS);
