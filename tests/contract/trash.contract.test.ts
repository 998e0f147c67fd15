import { SQLITE_CONNECTIONS } from '../support/engine-transports.js';
import { describeTrash } from './trash.contract.js';

describeTrash(SQLITE_CONNECTIONS);
