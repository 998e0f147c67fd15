import { POSTGRES_CONNECTIONS } from '../support/engine-transports.js';
import { describeTagMerge } from './tag-merge.contract.js';

describeTagMerge(POSTGRES_CONNECTIONS);
