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
    "\n  fragment SliceFields on GraphSlice {\n    nodes {\n      id\n      label\n      kind\n    }\n    edges {\n      id\n      source\n      target\n      type\n      label\n      status\n    }\n    truncated\n  }\n": typeof types.SliceFieldsFragmentDoc,
    "\n  fragment EvidenceFields on Evidence {\n    sentence\n    article {\n      id\n      title\n    }\n  }\n": typeof types.EvidenceFieldsFragmentDoc,
    "\n  fragment FactFields on Fact {\n    id\n    status\n    confidence\n    curatedBy\n  }\n": typeof types.FactFieldsFragmentDoc,
    "\n  query Search($query: String!, $first: Int) {\n    search(query: $query, first: $first) {\n      edges {\n        node {\n          ...Ref\n          aliases\n        }\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query Neighborhood($id: ID!, $depth: Int, $limit: Int) {\n    neighborhood(id: $id, depth: $depth, limit: $limit) {\n      ...SliceFields\n      more {\n        node\n        relationType\n        count\n        after\n      }\n    }\n  }\n": typeof types.NeighborhoodDocument,
    "\n  query Neighbors($id: ID!, $relationType: RelationType, $first: Int, $after: String) {\n    neighbors(id: $id, relationType: $relationType, first: $first, after: $after) {\n      nodes {\n        id\n        label\n        kind\n      }\n      edges {\n        id\n        source\n        target\n        type\n        label\n      }\n      remaining\n      endCursor\n    }\n  }\n": typeof types.NeighborsDocument,
    "\n  query ShortestPath($from: ID!, $to: ID!) {\n    shortestPath(from: $from, to: $to) {\n      ...SliceFields\n    }\n  }\n": typeof types.ShortestPathDocument,
    "\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Entity {\n        name\n        aliases\n        kind\n        history {\n          ...CurationFields\n        }\n      }\n      ... on Person {\n        articles {\n          id\n          title\n        }\n        positions {\n          ...FactFields\n          title\n          caption\n          current\n          organization {\n            ...Ref\n          }\n          evidence {\n            ...EvidenceFields\n          }\n        }\n        participations: events {\n          ...FactFields\n          role\n          topic\n          event {\n            ...Ref\n            date\n          }\n          evidence {\n            ...EvidenceFields\n          }\n        }\n      }\n      ... on Organization {\n        parent {\n          ...Ref\n        }\n        units {\n          ...Ref\n        }\n        people {\n          ...FactFields\n          title\n          caption\n          current\n          person {\n            ...Ref\n          }\n          evidence {\n            ...EvidenceFields\n          }\n        }\n        organizing: events {\n          ...FactFields\n          role\n          event {\n            ...Ref\n          }\n          evidence {\n            ...EvidenceFields\n          }\n        }\n      }\n      ... on Event {\n        date\n        place {\n          ...Ref\n        }\n        participants {\n          ...FactFields\n          role\n          topic\n          person {\n            ...Ref\n          }\n          evidence {\n            ...EvidenceFields\n          }\n        }\n        organizers {\n          ...FactFields\n          role\n          organization {\n            ...Ref\n          }\n          evidence {\n            ...EvidenceFields\n          }\n        }\n      }\n      ... on Article {\n        title\n      }\n    }\n  }\n": typeof types.NodeDetailsDocument,
    "\n  query Article($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Article {\n        title\n        url\n        publishedAt\n        text\n        credits {\n          name\n          title\n          organization\n        }\n        mentions {\n          ...Ref\n          aliases\n        }\n      }\n    }\n  }\n": typeof types.ArticleDocument,
    "\n  query ExportFacts($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Entity {\n        articles {\n          id\n        }\n      }\n      ... on Person {\n        positions {\n          caption\n          position {\n            id\n          }\n          evidence {\n            article {\n              id\n            }\n          }\n        }\n        participations: events {\n          role\n          event {\n            id\n          }\n          evidence {\n            article {\n              id\n            }\n          }\n        }\n      }\n      ... on Organization {\n        organizing: events {\n          role\n          event {\n            id\n          }\n          evidence {\n            article {\n              id\n            }\n          }\n        }\n      }\n      ... on Position {\n        title\n        holders {\n          person {\n            id\n          }\n          evidence {\n            article {\n              id\n            }\n          }\n        }\n      }\n      ... on Article {\n        title\n      }\n    }\n  }\n": typeof types.ExportFactsDocument,
    "\n  fragment CurationFields on Curation {\n    id\n    operation\n    curator\n    at\n    reason\n    targets\n    undoes\n  }\n": typeof types.CurationFieldsFragmentDoc,
    "\n  mutation MergeEntities($keep: ID!, $drop: ID!, $reason: String!) {\n    mergeEntities(keep: $keep, drop: $drop, reason: $reason) {\n      ...CurationFields\n    }\n  }\n": typeof types.MergeEntitiesDocument,
    "\n  mutation VerifyFact($id: ID!) {\n    verifyFact(id: $id) {\n      ...CurationFields\n    }\n  }\n": typeof types.VerifyFactDocument,
    "\n  mutation RetractFact($id: ID!, $reason: String!) {\n    retractFact(id: $id, reason: $reason) {\n      ...CurationFields\n    }\n  }\n": typeof types.RetractFactDocument,
    "\n  mutation CorrectFact($id: ID!, $input: CorrectFactInput!, $reason: String!) {\n    correctFact(id: $id, input: $input, reason: $reason) {\n      ...CurationFields\n    }\n  }\n": typeof types.CorrectFactDocument,
    "\n  mutation AddAlias($id: ID!, $alias: String!, $reason: String) {\n    addAlias(id: $id, alias: $alias, reason: $reason) {\n      ...CurationFields\n    }\n  }\n": typeof types.AddAliasDocument,
    "\n  mutation RemoveAlias($id: ID!, $alias: String!, $reason: String) {\n    removeAlias(id: $id, alias: $alias, reason: $reason) {\n      ...CurationFields\n    }\n  }\n": typeof types.RemoveAliasDocument,
    "\n  mutation SplitEntity($input: SplitEntityInput!) {\n    splitEntity(input: $input) {\n      ...CurationFields\n      entities {\n        ...Ref\n      }\n    }\n  }\n": typeof types.SplitEntityDocument,
    "\n  mutation UndoCuration($id: ID!) {\n    undoCuration(id: $id) {\n      ...CurationFields\n    }\n  }\n": typeof types.UndoCurationDocument,
    "\n  query ReviewQueue($first: Int, $after: String, $kinds: [FactType!]) {\n    reviewQueue(first: $first, after: $after, kinds: $kinds) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          __typename\n          ...FactFields\n          evidence {\n            ...EvidenceFields\n          }\n          ... on Tenure {\n            caption\n            person {\n              ...Ref\n            }\n            post: organization {\n              ...Ref\n            }\n          }\n          ... on Participation {\n            personRole: role\n            person {\n              ...Ref\n            }\n            event {\n              ...Ref\n            }\n          }\n          ... on Organizing {\n            organizationRole: role\n            organization {\n              ...Ref\n            }\n            event {\n              ...Ref\n            }\n          }\n          ... on SubunitLink {\n            unit {\n              ...Ref\n            }\n            parent {\n              ...Ref\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  fragment DateFields on PartialDate {\n    value\n    precision\n    bound\n  }\n": typeof types.DateFieldsFragmentDoc,
    "\n  query CoAppearances($id: ID!, $first: Int) {\n    coAppearances(id: $id, first: $first) {\n      person {\n        ...Ref\n      }\n      weight\n      events {\n        id\n        name\n        date\n      }\n      articles {\n        id\n        title\n      }\n    }\n  }\n": typeof types.CoAppearancesDocument,
    "\n  query Interlocks($a: ID!, $b: ID) {\n    interlocks(a: $a, b: $b) {\n      person {\n        ...Ref\n      }\n      postsA {\n        caption\n        evidence {\n          ...EvidenceFields\n        }\n      }\n      postsB {\n        caption\n        organization {\n          ...Ref\n        }\n        evidence {\n          ...EvidenceFields\n        }\n      }\n    }\n  }\n": typeof types.InterlocksDocument,
    "\n  query PersonTimeline($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Person {\n        timeline {\n          kind\n          title\n          current\n          since {\n            ...DateFields\n          }\n          until {\n            ...DateFields\n          }\n          organization {\n            ...Ref\n          }\n          event {\n            ...Ref\n          }\n          fact {\n            id\n            ... on Tenure {\n              position {\n                id\n              }\n            }\n          }\n          evidence {\n            ...EvidenceFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.PersonTimelineDocument,
    "\n  query PositionHolders($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Position {\n        name\n        holders {\n          id\n          caption\n          current\n          person {\n            ...Ref\n          }\n          since {\n            ...DateFields\n          }\n          until {\n            ...DateFields\n          }\n          firstSeen {\n            ...DateFields\n          }\n          lastSeen {\n            ...DateFields\n          }\n          evidence {\n            ...EvidenceFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.PositionHoldersDocument,
    "\n  query NeighborhoodInTime($id: ID!, $at: String, $from: String, $to: String) {\n    neighborhood(id: $id, depth: 1, limit: 1000, at: $at, from: $from, to: $to) {\n      edges {\n        id\n      }\n    }\n  }\n": typeof types.NeighborhoodInTimeDocument,
    "\n  query Changes($since: String!, $first: Int, $after: String) {\n    changes(since: $since, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          kind\n          at {\n            ...DateFields\n          }\n          title\n          person {\n            ...Ref\n          }\n          organization {\n            ...Ref\n          }\n          evidence {\n            ...EvidenceFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.ChangesDocument,
};
const documents: Documents = {
    "\n  fragment Ref on Entity {\n    id\n    name\n    kind\n  }\n": types.RefFragmentDoc,
    "\n  fragment SliceFields on GraphSlice {\n    nodes {\n      id\n      label\n      kind\n    }\n    edges {\n      id\n      source\n      target\n      type\n      label\n      status\n    }\n    truncated\n  }\n": types.SliceFieldsFragmentDoc,
    "\n  fragment EvidenceFields on Evidence {\n    sentence\n    article {\n      id\n      title\n    }\n  }\n": types.EvidenceFieldsFragmentDoc,
    "\n  fragment FactFields on Fact {\n    id\n    status\n    confidence\n    curatedBy\n  }\n": types.FactFieldsFragmentDoc,
    "\n  query Search($query: String!, $first: Int) {\n    search(query: $query, first: $first) {\n      edges {\n        node {\n          ...Ref\n          aliases\n        }\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query Neighborhood($id: ID!, $depth: Int, $limit: Int) {\n    neighborhood(id: $id, depth: $depth, limit: $limit) {\n      ...SliceFields\n      more {\n        node\n        relationType\n        count\n        after\n      }\n    }\n  }\n": types.NeighborhoodDocument,
    "\n  query Neighbors($id: ID!, $relationType: RelationType, $first: Int, $after: String) {\n    neighbors(id: $id, relationType: $relationType, first: $first, after: $after) {\n      nodes {\n        id\n        label\n        kind\n      }\n      edges {\n        id\n        source\n        target\n        type\n        label\n      }\n      remaining\n      endCursor\n    }\n  }\n": types.NeighborsDocument,
    "\n  query ShortestPath($from: ID!, $to: ID!) {\n    shortestPath(from: $from, to: $to) {\n      ...SliceFields\n    }\n  }\n": types.ShortestPathDocument,
    "\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Entity {\n        name\n        aliases\n        kind\n        history {\n          ...CurationFields\n        }\n      }\n      ... on Person {\n        articles {\n          id\n          title\n        }\n        positions {\n          ...FactFields\n          title\n          caption\n          current\n          organization {\n            ...Ref\n          }\n          evidence {\n            ...EvidenceFields\n          }\n        }\n        participations: events {\n          ...FactFields\n          role\n          topic\n          event {\n            ...Ref\n            date\n          }\n          evidence {\n            ...EvidenceFields\n          }\n        }\n      }\n      ... on Organization {\n        parent {\n          ...Ref\n        }\n        units {\n          ...Ref\n        }\n        people {\n          ...FactFields\n          title\n          caption\n          current\n          person {\n            ...Ref\n          }\n          evidence {\n            ...EvidenceFields\n          }\n        }\n        organizing: events {\n          ...FactFields\n          role\n          event {\n            ...Ref\n          }\n          evidence {\n            ...EvidenceFields\n          }\n        }\n      }\n      ... on Event {\n        date\n        place {\n          ...Ref\n        }\n        participants {\n          ...FactFields\n          role\n          topic\n          person {\n            ...Ref\n          }\n          evidence {\n            ...EvidenceFields\n          }\n        }\n        organizers {\n          ...FactFields\n          role\n          organization {\n            ...Ref\n          }\n          evidence {\n            ...EvidenceFields\n          }\n        }\n      }\n      ... on Article {\n        title\n      }\n    }\n  }\n": types.NodeDetailsDocument,
    "\n  query Article($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Article {\n        title\n        url\n        publishedAt\n        text\n        credits {\n          name\n          title\n          organization\n        }\n        mentions {\n          ...Ref\n          aliases\n        }\n      }\n    }\n  }\n": types.ArticleDocument,
    "\n  query ExportFacts($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Entity {\n        articles {\n          id\n        }\n      }\n      ... on Person {\n        positions {\n          caption\n          position {\n            id\n          }\n          evidence {\n            article {\n              id\n            }\n          }\n        }\n        participations: events {\n          role\n          event {\n            id\n          }\n          evidence {\n            article {\n              id\n            }\n          }\n        }\n      }\n      ... on Organization {\n        organizing: events {\n          role\n          event {\n            id\n          }\n          evidence {\n            article {\n              id\n            }\n          }\n        }\n      }\n      ... on Position {\n        title\n        holders {\n          person {\n            id\n          }\n          evidence {\n            article {\n              id\n            }\n          }\n        }\n      }\n      ... on Article {\n        title\n      }\n    }\n  }\n": types.ExportFactsDocument,
    "\n  fragment CurationFields on Curation {\n    id\n    operation\n    curator\n    at\n    reason\n    targets\n    undoes\n  }\n": types.CurationFieldsFragmentDoc,
    "\n  mutation MergeEntities($keep: ID!, $drop: ID!, $reason: String!) {\n    mergeEntities(keep: $keep, drop: $drop, reason: $reason) {\n      ...CurationFields\n    }\n  }\n": types.MergeEntitiesDocument,
    "\n  mutation VerifyFact($id: ID!) {\n    verifyFact(id: $id) {\n      ...CurationFields\n    }\n  }\n": types.VerifyFactDocument,
    "\n  mutation RetractFact($id: ID!, $reason: String!) {\n    retractFact(id: $id, reason: $reason) {\n      ...CurationFields\n    }\n  }\n": types.RetractFactDocument,
    "\n  mutation CorrectFact($id: ID!, $input: CorrectFactInput!, $reason: String!) {\n    correctFact(id: $id, input: $input, reason: $reason) {\n      ...CurationFields\n    }\n  }\n": types.CorrectFactDocument,
    "\n  mutation AddAlias($id: ID!, $alias: String!, $reason: String) {\n    addAlias(id: $id, alias: $alias, reason: $reason) {\n      ...CurationFields\n    }\n  }\n": types.AddAliasDocument,
    "\n  mutation RemoveAlias($id: ID!, $alias: String!, $reason: String) {\n    removeAlias(id: $id, alias: $alias, reason: $reason) {\n      ...CurationFields\n    }\n  }\n": types.RemoveAliasDocument,
    "\n  mutation SplitEntity($input: SplitEntityInput!) {\n    splitEntity(input: $input) {\n      ...CurationFields\n      entities {\n        ...Ref\n      }\n    }\n  }\n": types.SplitEntityDocument,
    "\n  mutation UndoCuration($id: ID!) {\n    undoCuration(id: $id) {\n      ...CurationFields\n    }\n  }\n": types.UndoCurationDocument,
    "\n  query ReviewQueue($first: Int, $after: String, $kinds: [FactType!]) {\n    reviewQueue(first: $first, after: $after, kinds: $kinds) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          __typename\n          ...FactFields\n          evidence {\n            ...EvidenceFields\n          }\n          ... on Tenure {\n            caption\n            person {\n              ...Ref\n            }\n            post: organization {\n              ...Ref\n            }\n          }\n          ... on Participation {\n            personRole: role\n            person {\n              ...Ref\n            }\n            event {\n              ...Ref\n            }\n          }\n          ... on Organizing {\n            organizationRole: role\n            organization {\n              ...Ref\n            }\n            event {\n              ...Ref\n            }\n          }\n          ... on SubunitLink {\n            unit {\n              ...Ref\n            }\n            parent {\n              ...Ref\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ReviewQueueDocument,
    "\n  fragment DateFields on PartialDate {\n    value\n    precision\n    bound\n  }\n": types.DateFieldsFragmentDoc,
    "\n  query CoAppearances($id: ID!, $first: Int) {\n    coAppearances(id: $id, first: $first) {\n      person {\n        ...Ref\n      }\n      weight\n      events {\n        id\n        name\n        date\n      }\n      articles {\n        id\n        title\n      }\n    }\n  }\n": types.CoAppearancesDocument,
    "\n  query Interlocks($a: ID!, $b: ID) {\n    interlocks(a: $a, b: $b) {\n      person {\n        ...Ref\n      }\n      postsA {\n        caption\n        evidence {\n          ...EvidenceFields\n        }\n      }\n      postsB {\n        caption\n        organization {\n          ...Ref\n        }\n        evidence {\n          ...EvidenceFields\n        }\n      }\n    }\n  }\n": types.InterlocksDocument,
    "\n  query PersonTimeline($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Person {\n        timeline {\n          kind\n          title\n          current\n          since {\n            ...DateFields\n          }\n          until {\n            ...DateFields\n          }\n          organization {\n            ...Ref\n          }\n          event {\n            ...Ref\n          }\n          fact {\n            id\n            ... on Tenure {\n              position {\n                id\n              }\n            }\n          }\n          evidence {\n            ...EvidenceFields\n          }\n        }\n      }\n    }\n  }\n": types.PersonTimelineDocument,
    "\n  query PositionHolders($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Position {\n        name\n        holders {\n          id\n          caption\n          current\n          person {\n            ...Ref\n          }\n          since {\n            ...DateFields\n          }\n          until {\n            ...DateFields\n          }\n          firstSeen {\n            ...DateFields\n          }\n          lastSeen {\n            ...DateFields\n          }\n          evidence {\n            ...EvidenceFields\n          }\n        }\n      }\n    }\n  }\n": types.PositionHoldersDocument,
    "\n  query NeighborhoodInTime($id: ID!, $at: String, $from: String, $to: String) {\n    neighborhood(id: $id, depth: 1, limit: 1000, at: $at, from: $from, to: $to) {\n      edges {\n        id\n      }\n    }\n  }\n": types.NeighborhoodInTimeDocument,
    "\n  query Changes($since: String!, $first: Int, $after: String) {\n    changes(since: $since, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          kind\n          at {\n            ...DateFields\n          }\n          title\n          person {\n            ...Ref\n          }\n          organization {\n            ...Ref\n          }\n          evidence {\n            ...EvidenceFields\n          }\n        }\n      }\n    }\n  }\n": types.ChangesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Ref on Entity {\n    id\n    name\n    kind\n  }\n"): typeof import('./graphql').RefFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SliceFields on GraphSlice {\n    nodes {\n      id\n      label\n      kind\n    }\n    edges {\n      id\n      source\n      target\n      type\n      label\n      status\n    }\n    truncated\n  }\n"): typeof import('./graphql').SliceFieldsFragmentDoc;
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
export function graphql(source: "\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Entity {\n        name\n        aliases\n        kind\n        history {\n          ...CurationFields\n        }\n      }\n      ... on Person {\n        articles {\n          id\n          title\n        }\n        positions {\n          ...FactFields\n          title\n          caption\n          current\n          organization {\n            ...Ref\n          }\n          evidence {\n            ...EvidenceFields\n          }\n        }\n        participations: events {\n          ...FactFields\n          role\n          topic\n          event {\n            ...Ref\n            date\n          }\n          evidence {\n            ...EvidenceFields\n          }\n        }\n      }\n      ... on Organization {\n        parent {\n          ...Ref\n        }\n        units {\n          ...Ref\n        }\n        people {\n          ...FactFields\n          title\n          caption\n          current\n          person {\n            ...Ref\n          }\n          evidence {\n            ...EvidenceFields\n          }\n        }\n        organizing: events {\n          ...FactFields\n          role\n          event {\n            ...Ref\n          }\n          evidence {\n            ...EvidenceFields\n          }\n        }\n      }\n      ... on Event {\n        date\n        place {\n          ...Ref\n        }\n        participants {\n          ...FactFields\n          role\n          topic\n          person {\n            ...Ref\n          }\n          evidence {\n            ...EvidenceFields\n          }\n        }\n        organizers {\n          ...FactFields\n          role\n          organization {\n            ...Ref\n          }\n          evidence {\n            ...EvidenceFields\n          }\n        }\n      }\n      ... on Article {\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').NodeDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Article($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Article {\n        title\n        url\n        publishedAt\n        text\n        credits {\n          name\n          title\n          organization\n        }\n        mentions {\n          ...Ref\n          aliases\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ArticleDocument;
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
export function graphql(source: "\n  mutation CorrectFact($id: ID!, $input: CorrectFactInput!, $reason: String!) {\n    correctFact(id: $id, input: $input, reason: $reason) {\n      ...CurationFields\n    }\n  }\n"): typeof import('./graphql').CorrectFactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAlias($id: ID!, $alias: String!, $reason: String) {\n    addAlias(id: $id, alias: $alias, reason: $reason) {\n      ...CurationFields\n    }\n  }\n"): typeof import('./graphql').AddAliasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAlias($id: ID!, $alias: String!, $reason: String) {\n    removeAlias(id: $id, alias: $alias, reason: $reason) {\n      ...CurationFields\n    }\n  }\n"): typeof import('./graphql').RemoveAliasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SplitEntity($input: SplitEntityInput!) {\n    splitEntity(input: $input) {\n      ...CurationFields\n      entities {\n        ...Ref\n      }\n    }\n  }\n"): typeof import('./graphql').SplitEntityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UndoCuration($id: ID!) {\n    undoCuration(id: $id) {\n      ...CurationFields\n    }\n  }\n"): typeof import('./graphql').UndoCurationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue($first: Int, $after: String, $kinds: [FactType!]) {\n    reviewQueue(first: $first, after: $after, kinds: $kinds) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          __typename\n          ...FactFields\n          evidence {\n            ...EvidenceFields\n          }\n          ... on Tenure {\n            caption\n            person {\n              ...Ref\n            }\n            post: organization {\n              ...Ref\n            }\n          }\n          ... on Participation {\n            personRole: role\n            person {\n              ...Ref\n            }\n            event {\n              ...Ref\n            }\n          }\n          ... on Organizing {\n            organizationRole: role\n            organization {\n              ...Ref\n            }\n            event {\n              ...Ref\n            }\n          }\n          ... on SubunitLink {\n            unit {\n              ...Ref\n            }\n            parent {\n              ...Ref\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DateFields on PartialDate {\n    value\n    precision\n    bound\n  }\n"): typeof import('./graphql').DateFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoAppearances($id: ID!, $first: Int) {\n    coAppearances(id: $id, first: $first) {\n      person {\n        ...Ref\n      }\n      weight\n      events {\n        id\n        name\n        date\n      }\n      articles {\n        id\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').CoAppearancesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Interlocks($a: ID!, $b: ID) {\n    interlocks(a: $a, b: $b) {\n      person {\n        ...Ref\n      }\n      postsA {\n        caption\n        evidence {\n          ...EvidenceFields\n        }\n      }\n      postsB {\n        caption\n        organization {\n          ...Ref\n        }\n        evidence {\n          ...EvidenceFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').InterlocksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonTimeline($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Person {\n        timeline {\n          kind\n          title\n          current\n          since {\n            ...DateFields\n          }\n          until {\n            ...DateFields\n          }\n          organization {\n            ...Ref\n          }\n          event {\n            ...Ref\n          }\n          fact {\n            id\n            ... on Tenure {\n              position {\n                id\n              }\n            }\n          }\n          evidence {\n            ...EvidenceFields\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PersonTimelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PositionHolders($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Position {\n        name\n        holders {\n          id\n          caption\n          current\n          person {\n            ...Ref\n          }\n          since {\n            ...DateFields\n          }\n          until {\n            ...DateFields\n          }\n          firstSeen {\n            ...DateFields\n          }\n          lastSeen {\n            ...DateFields\n          }\n          evidence {\n            ...EvidenceFields\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PositionHoldersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeighborhoodInTime($id: ID!, $at: String, $from: String, $to: String) {\n    neighborhood(id: $id, depth: 1, limit: 1000, at: $at, from: $from, to: $to) {\n      edges {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').NeighborhoodInTimeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Changes($since: String!, $first: Int, $after: String) {\n    changes(since: $since, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          kind\n          at {\n            ...DateFields\n          }\n          title\n          person {\n            ...Ref\n          }\n          organization {\n            ...Ref\n          }\n          evidence {\n            ...EvidenceFields\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ChangesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
