import { POSTGRES_CONNECTIONS } from '../support/engine-transports.js';
import { describeTrash } from './trash.contract.js';

describeTrash(POSTGRES_CONNECTIONS);
