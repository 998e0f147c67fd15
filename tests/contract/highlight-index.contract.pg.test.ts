import { POSTGRES_CONNECTIONS } from '../support/engine-transports.js';
import { describeHighlightIndex } from './highlight-index.contract.js';

describeHighlightIndex(POSTGRES_CONNECTIONS);
