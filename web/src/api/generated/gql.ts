/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment Ref on Entity {\n    id\n    name\n    kind\n  }\n": typeof types.RefFragmentDoc,
    "\n  fragment SliceFields on GraphSlice {\n    nodes {\n      id\n      label\n      kind\n    }\n    edges {\n      id\n      source\n      target\n      type\n      label\n    }\n    truncated\n  }\n": typeof types.SliceFieldsFragmentDoc,
    "\n  fragment EvidenceFields on Evidence {\n    sentence\n    article {\n      id\n      title\n    }\n  }\n": typeof types.EvidenceFieldsFragmentDoc,
    "\n  fragment FactFields on Fact {\n    id\n    status\n    confidence\n    curatedBy\n  }\n": typeof types.FactFieldsFragmentDoc,
    "\n  query Search($query: String!, $first: Int) {\n    search(query: $query, first: $first) {\n      edges {\n        node {\n          ...Ref\n          aliases\n        }\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query Neighborhood($id: ID!, $depth: Int, $limit: Int) {\n    neighborhood(id: $id, depth: $depth, limit: $limit) {\n      ...SliceFields\n      more {\n        node\n        relationType\n        count\n        after\n      }\n    }\n  }\n": typeof types.NeighborhoodDocument,
    "\n  query Neighbors($id: ID!, $relationType: RelationType, $first: Int, $after: String) {\n    neighbors(id: $id, relationType: $relationType, first: $first, after: $after) {\n      nodes {\n        id\n        label\n        kind\n      }\n      edges {\n        id\n        source\n        target\n        type\n        label\n      }\n      remaining\n      endCursor\n    }\n  }\n": typeof types.NeighborsDocument,
    "\n  query ShortestPath($from: ID!, $to: ID!) {\n    shortestPath(from: $from, to: $to) {\n      ...SliceFields\n    }\n  }\n": typeof types.ShortestPathDocument,
    "\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Entity {\n        name\n        aliases\n        kind\n        history {\n          ...CurationFields\n        }\n      }\n      ... on Person {\n        positions {\n          ...FactFields\n          title\n          caption\n          current\n          organization {\n            ...Ref\n          }\n          evidence {\n            ...EvidenceFields\n          }\n        }\n        participations: events {\n          ...FactFields\n          role\n          topic\n          event {\n            ...Ref\n            date\n          }\n          evidence {\n            ...EvidenceFields\n          }\n        }\n      }\n      ... on Organization {\n        parent {\n          ...Ref\n        }\n        units {\n          ...Ref\n        }\n        people {\n          ...FactFields\n          title\n          caption\n          current\n          person {\n            ...Ref\n          }\n          evidence {\n            ...EvidenceFields\n          }\n        }\n        organizing: events {\n          ...FactFields\n          role\n          event {\n            ...Ref\n          }\n          evidence {\n            ...EvidenceFields\n          }\n        }\n      }\n      ... on Event {\n        date\n        place {\n          ...Ref\n        }\n        participants {\n          ...FactFields\n          role\n          topic\n          person {\n            ...Ref\n          }\n          evidence {\n            ...EvidenceFields\n          }\n        }\n        organizers {\n          ...FactFields\n          role\n          organization {\n            ...Ref\n          }\n          evidence {\n            ...EvidenceFields\n          }\n        }\n      }\n      ... on Article {\n        title\n      }\n    }\n  }\n": typeof types.NodeDetailsDocument,
    "\n  query Article($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Article {\n        title\n        url\n        publishedAt\n        text\n        mentions {\n          ...Ref\n          aliases\n        }\n      }\n    }\n  }\n": typeof types.ArticleDocument,
    "\n  query ExportFacts($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Entity {\n        articles {\n          id\n        }\n      }\n      ... on Person {\n        positions {\n          caption\n          position {\n            id\n          }\n          evidence {\n            article {\n              id\n            }\n          }\n        }\n        participations: events {\n          role\n          event {\n            id\n          }\n          evidence {\n            article {\n              id\n            }\n          }\n        }\n      }\n      ... on Organization {\n        organizing: events {\n          role\n          event {\n            id\n          }\n          evidence {\n            article {\n              id\n            }\n          }\n        }\n      }\n      ... on Position {\n        title\n        holders {\n          person {\n            id\n          }\n          evidence {\n            article {\n              id\n            }\n          }\n        }\n      }\n      ... on Article {\n        title\n      }\n    }\n  }\n": typeof types.ExportFactsDocument,
    "\n  fragment CurationFields on Curation {\n    id\n    operation\n    curator\n    at\n    reason\n    targets\n    undoes\n  }\n": typeof types.CurationFieldsFragmentDoc,
    "\n  mutation MergeEntities($keep: ID!, $drop: ID!, $reason: String!) {\n    mergeEntities(keep: $keep, drop: $drop, reason: $reason) {\n      ...CurationFields\n    }\n  }\n": typeof types.MergeEntitiesDocument,
    "\n  mutation VerifyFact($id: ID!) {\n    verifyFact(id: $id) {\n      ...CurationFields\n    }\n  }\n": typeof types.VerifyFactDocument,
    "\n  mutation RetractFact($id: ID!, $reason: String!) {\n    retractFact(id: $id, reason: $reason) {\n      ...CurationFields\n    }\n  }\n": typeof types.RetractFactDocument,
    "\n  mutation UndoCuration($id: ID!) {\n    undoCuration(id: $id) {\n      ...CurationFields\n    }\n  }\n": typeof types.UndoCurationDocument,
    "\n  query ReviewQueue($first: Int, $after: String, $kinds: [FactType!]) {\n    reviewQueue(first: $first, after: $after, kinds: $kinds) {\n      totalCount\n      edges {\n        node {\n          __typename\n          ...FactFields\n          evidence {\n            ...EvidenceFields\n          }\n          ... on Tenure {\n            caption\n            person {\n              ...Ref\n            }\n            post: organization {\n              ...Ref\n            }\n          }\n          ... on Participation {\n            personRole: role\n            person {\n              ...Ref\n            }\n            event {\n              ...Ref\n            }\n          }\n          ... on Organizing {\n            organizationRole: role\n            organization {\n              ...Ref\n            }\n            event {\n              ...Ref\n            }\n          }\n          ... on SubunitLink {\n            unit {\n              ...Ref\n            }\n            parent {\n              ...Ref\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReviewQueueDocument,
};
const documents: Documents = {
    "\n  fragment Ref on Entity {\n    id\n    name\n    kind\n  }\n": types.RefFragmentDoc,
    "\n  fragment SliceFields on GraphSlice {\n    nodes {\n      id\n      label\n      kind\n    }\n    edges {\n      id\n      source\n      target\n      type\n      label\n    }\n    truncated\n  }\n": types.SliceFieldsFragmentDoc,
    "\n  fragment EvidenceFields on Evidence {\n    sentence\n    article {\n      id\n      title\n    }\n  }\n": types.EvidenceFieldsFragmentDoc,
    "\n  fragment FactFields on Fact {\n    id\n    status\n    confidence\n    curatedBy\n  }\n": types.FactFieldsFragmentDoc,
    "\n  query Search($query: String!, $first: Int) {\n    search(query: $query, first: $first) {\n      edges {\n        node {\n          ...Ref\n          aliases\n        }\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query Neighborhood($id: ID!, $depth: Int, $limit: Int) {\n    neighborhood(id: $id, depth: $depth, limit: $limit) {\n      ...SliceFields\n      more {\n        node\n        relationType\n        count\n        after\n      }\n    }\n  }\n": types.NeighborhoodDocument,
    "\n  query Neighbors($id: ID!, $relationType: RelationType, $first: Int, $after: String) {\n    neighbors(id: $id, relationType: $relationType, first: $first, after: $after) {\n      nodes {\n        id\n        label\n        kind\n      }\n      edges {\n        id\n        source\n        target\n        type\n        label\n      }\n      remaining\n      endCursor\n    }\n  }\n": types.NeighborsDocument,
    "\n  query ShortestPath($from: ID!, $to: ID!) {\n    shortestPath(from: $from, to: $to) {\n      ...SliceFields\n    }\n  }\n": types.ShortestPathDocument,
    "\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Entity {\n        name\n        aliases\n        kind\n        history {\n          ...CurationFields\n        }\n      }\n      ... on Person {\n        positions {\n          ...FactFields\n          title\n          caption\n          current\n          organization {\n            ...Ref\n          }\n          evidence {\n            ...EvidenceFields\n          }\n        }\n        participations: events {\n          ...FactFields\n          role\n          topic\n          event {\n            ...Ref\n            date\n          }\n          evidence {\n            ...EvidenceFields\n          }\n        }\n      }\n      ... on Organization {\n        parent {\n          ...Ref\n        }\n        units {\n          ...Ref\n        }\n        people {\n          ...FactFields\n          title\n          caption\n          current\n          person {\n            ...Ref\n          }\n          evidence {\n            ...EvidenceFields\n          }\n        }\n        organizing: events {\n          ...FactFields\n          role\n          event {\n            ...Ref\n          }\n          evidence {\n            ...EvidenceFields\n          }\n        }\n      }\n      ... on Event {\n        date\n        place {\n          ...Ref\n        }\n        participants {\n          ...FactFields\n          role\n          topic\n          person {\n            ...Ref\n          }\n          evidence {\n            ...EvidenceFields\n          }\n        }\n        organizers {\n          ...FactFields\n          role\n          organization {\n            ...Ref\n          }\n          evidence {\n            ...EvidenceFields\n          }\n        }\n      }\n      ... on Article {\n        title\n      }\n    }\n  }\n": types.NodeDetailsDocument,
    "\n  query Article($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Article {\n        title\n        url\n        publishedAt\n        text\n        mentions {\n          ...Ref\n          aliases\n        }\n      }\n    }\n  }\n": types.ArticleDocument,
    "\n  query ExportFacts($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Entity {\n        articles {\n          id\n        }\n      }\n      ... on Person {\n        positions {\n          caption\n          position {\n            id\n          }\n          evidence {\n            article {\n              id\n            }\n          }\n        }\n        participations: events {\n          role\n          event {\n            id\n          }\n          evidence {\n            article {\n              id\n            }\n          }\n        }\n      }\n      ... on Organization {\n        organizing: events {\n          role\n          event {\n            id\n          }\n          evidence {\n            article {\n              id\n            }\n          }\n        }\n      }\n      ... on Position {\n        title\n        holders {\n          person {\n            id\n          }\n          evidence {\n            article {\n              id\n            }\n          }\n        }\n      }\n      ... on Article {\n        title\n      }\n    }\n  }\n": types.ExportFactsDocument,
    "\n  fragment CurationFields on Curation {\n    id\n    operation\n    curator\n    at\n    reason\n    targets\n    undoes\n  }\n": types.CurationFieldsFragmentDoc,
    "\n  mutation MergeEntities($keep: ID!, $drop: ID!, $reason: String!) {\n    mergeEntities(keep: $keep, drop: $drop, reason: $reason) {\n      ...CurationFields\n    }\n  }\n": types.MergeEntitiesDocument,
    "\n  mutation VerifyFact($id: ID!) {\n    verifyFact(id: $id) {\n      ...CurationFields\n    }\n  }\n": types.VerifyFactDocument,
    "\n  mutation RetractFact($id: ID!, $reason: String!) {\n    retractFact(id: $id, reason: $reason) {\n      ...CurationFields\n    }\n  }\n": types.RetractFactDocument,
    "\n  mutation UndoCuration($id: ID!) {\n    undoCuration(id: $id) {\n      ...CurationFields\n    }\n  }\n": types.UndoCurationDocument,
    "\n  query ReviewQueue($first: Int, $after: String, $kinds: [FactType!]) {\n    reviewQueue(first: $first, after: $after, kinds: $kinds) {\n      totalCount\n      edges {\n        node {\n          __typename\n          ...FactFields\n          evidence {\n            ...EvidenceFields\n          }\n          ... on Tenure {\n            caption\n            person {\n              ...Ref\n            }\n            post: organization {\n              ...Ref\n            }\n          }\n          ... on Participation {\n            personRole: role\n            person {\n              ...Ref\n            }\n            event {\n              ...Ref\n            }\n          }\n          ... on Organizing {\n            organizationRole: role\n            organization {\n              ...Ref\n            }\n            event {\n              ...Ref\n            }\n          }\n          ... on SubunitLink {\n            unit {\n              ...Ref\n            }\n            parent {\n              ...Ref\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ReviewQueueDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Ref on Entity {\n    id\n    name\n    kind\n  }\n"): typeof import('./graphql').RefFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SliceFields on GraphSlice {\n    nodes {\n      id\n      label\n      kind\n    }\n    edges {\n      id\n      source\n      target\n      type\n      label\n    }\n    truncated\n  }\n"): typeof import('./graphql').SliceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvidenceFields on Evidence {\n    sentence\n    article {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').EvidenceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FactFields on Fact {\n    id\n    status\n    confidence\n    curatedBy\n  }\n"): typeof import('./graphql').FactFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($query: String!, $first: Int) {\n    search(query: $query, first: $first) {\n      edges {\n        node {\n          ...Ref\n          aliases\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighborhood($id: ID!, $depth: Int, $limit: Int) {\n    neighborhood(id: $id, depth: $depth, limit: $limit) {\n      ...SliceFields\n      more {\n        node\n        relationType\n        count\n        after\n      }\n    }\n  }\n"): typeof import('./graphql').NeighborhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighbors($id: ID!, $relationType: RelationType, $first: Int, $after: String) {\n    neighbors(id: $id, relationType: $relationType, first: $first, after: $after) {\n      nodes {\n        id\n        label\n        kind\n      }\n      edges {\n        id\n        source\n        target\n        type\n        label\n      }\n      remaining\n      endCursor\n    }\n  }\n"): typeof import('./graphql').NeighborsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShortestPath($from: ID!, $to: ID!) {\n    shortestPath(from: $from, to: $to) {\n      ...SliceFields\n    }\n  }\n"): typeof import('./graphql').ShortestPathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Entity {\n        name\n        aliases\n        kind\n        history {\n          ...CurationFields\n        }\n      }\n      ... on Person {\n        positions {\n          ...FactFields\n          title\n          caption\n          current\n          organization {\n            ...Ref\n          }\n          evidence {\n            ...EvidenceFields\n          }\n        }\n        participations: events {\n          ...FactFields\n          role\n          topic\n          event {\n            ...Ref\n            date\n          }\n          evidence {\n            ...EvidenceFields\n          }\n        }\n      }\n      ... on Organization {\n        parent {\n          ...Ref\n        }\n        units {\n          ...Ref\n        }\n        people {\n          ...FactFields\n          title\n          caption\n          current\n          person {\n            ...Ref\n          }\n          evidence {\n            ...EvidenceFields\n          }\n        }\n        organizing: events {\n          ...FactFields\n          role\n          event {\n            ...Ref\n          }\n          evidence {\n            ...EvidenceFields\n          }\n        }\n      }\n      ... on Event {\n        date\n        place {\n          ...Ref\n        }\n        participants {\n          ...FactFields\n          role\n          topic\n          person {\n            ...Ref\n          }\n          evidence {\n            ...EvidenceFields\n          }\n        }\n        organizers {\n          ...FactFields\n          role\n          organization {\n            ...Ref\n          }\n          evidence {\n            ...EvidenceFields\n          }\n        }\n      }\n      ... on Article {\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').NodeDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Article($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Article {\n        title\n        url\n        publishedAt\n        text\n        mentions {\n          ...Ref\n          aliases\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportFacts($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Entity {\n        articles {\n          id\n        }\n      }\n      ... on Person {\n        positions {\n          caption\n          position {\n            id\n          }\n          evidence {\n            article {\n              id\n            }\n          }\n        }\n        participations: events {\n          role\n          event {\n            id\n          }\n          evidence {\n            article {\n              id\n            }\n          }\n        }\n      }\n      ... on Organization {\n        organizing: events {\n          role\n          event {\n            id\n          }\n          evidence {\n            article {\n              id\n            }\n          }\n        }\n      }\n      ... on Position {\n        title\n        holders {\n          person {\n            id\n          }\n          evidence {\n            article {\n              id\n            }\n          }\n        }\n      }\n      ... on Article {\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').ExportFactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurationFields on Curation {\n    id\n    operation\n    curator\n    at\n    reason\n    targets\n    undoes\n  }\n"): typeof import('./graphql').CurationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeEntities($keep: ID!, $drop: ID!, $reason: String!) {\n    mergeEntities(keep: $keep, drop: $drop, reason: $reason) {\n      ...CurationFields\n    }\n  }\n"): typeof import('./graphql').MergeEntitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyFact($id: ID!) {\n    verifyFact(id: $id) {\n      ...CurationFields\n    }\n  }\n"): typeof import('./graphql').VerifyFactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetractFact($id: ID!, $reason: String!) {\n    retractFact(id: $id, reason: $reason) {\n      ...CurationFields\n    }\n  }\n"): typeof import('./graphql').RetractFactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UndoCuration($id: ID!) {\n    undoCuration(id: $id) {\n      ...CurationFields\n    }\n  }\n"): typeof import('./graphql').UndoCurationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue($first: Int, $after: String, $kinds: [FactType!]) {\n    reviewQueue(first: $first, after: $after, kinds: $kinds) {\n      totalCount\n      edges {\n        node {\n          __typename\n          ...FactFields\n          evidence {\n            ...EvidenceFields\n          }\n          ... on Tenure {\n            caption\n            person {\n              ...Ref\n            }\n            post: organization {\n              ...Ref\n            }\n          }\n          ... on Participation {\n            personRole: role\n            person {\n              ...Ref\n            }\n            event {\n              ...Ref\n            }\n          }\n          ... on Organizing {\n            organizationRole: role\n            organization {\n              ...Ref\n            }\n            event {\n              ...Ref\n            }\n          }\n          ... on SubunitLink {\n            unit {\n              ...Ref\n            }\n            parent {\n              ...Ref\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewQueueDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
