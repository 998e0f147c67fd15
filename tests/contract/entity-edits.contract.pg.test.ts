import { POSTGRES_CONNECTIONS } from '../support/engine-transports.js';
import { describeEntityEdits } from './entity-edits.contract.js';

describeEntityEdits(POSTGRES_CONNECTIONS);
