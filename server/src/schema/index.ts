import { lexicographicSortSchema } from '../graphql';
import { builder } from '../builder';
import './node';
import './evidence';
import './facts';
import './person';
import './organization';
import './event';
import './position';
import './timeline';
import './changes';
import './search';
import './graph';
import './co-appearance';
import './interlock';
import './stats';
import './curation';
import './curation-mutations';
import './review';
import './ingest';

/** Sorted, so the committed SDL diffs cleanly. */
export const schema = lexicographicSortSchema(builder.toSchema());
