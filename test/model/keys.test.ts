import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  edgeKey,
  hubKey,
  nodeKey,
  parseEdgeKey,
  parseNodeKey,
  type EdgeRef,
  type NodeRef,
} from '../../src/model/keys';
import { AGREEMENT_TYPES } from '../../src/model/types';

const stateId = fc.stringMatching(/^[A-Z]{3}$/);
// Agreement ids may hold anything but the characters a key needs to be read back.
const agreementId = fc.stringMatching(/^[a-z0-9][a-z0-9|._-]{0,20}$/);

const edgeArb: fc.Arbitrary<EdgeRef> = fc.oneof(
  fc.record({ kind: fc.constant('transfer' as const), supplier: stateId, recipient: stateId }),
  fc.record({
    kind: fc.constant('alliance' as const),
    a: stateId,
    b: stateId,
    type: fc.constantFrom(...AGREEMENT_TYPES),
  }),
  fc.record({ kind: fc.constant('member' as const), agreement: agreementId, country: stateId }),
);

describe('node and edge keys', () => {
  it('writes the documented formats', () => {
    expect(edgeKey({ kind: 'transfer', supplier: 'USA', recipient: 'ISR' })).toBe('t:USA>ISR');
    expect(edgeKey({ kind: 'alliance', a: 'FRA', b: 'DEU', type: 'collective-defence' })).toBe(
      'a:FRA|DEU|collective-defence',
    );
    expect(edgeKey({ kind: 'member', agreement: 'rio|pact', country: 'BRA' })).toBe(
      'm:rio|pact|BRA',
    );
    expect(hubKey('nato')).toBe('agreement:nato');
  });

  it('reads back every edge key it writes', () => {
    fc.assert(
      fc.property(edgeArb, (edge) => {
        expect(parseEdgeKey(edgeKey(edge))).toEqual(edge);
      }),
    );
  });

  it('reads back every node key it writes', () => {
    const nodeArb: fc.Arbitrary<NodeRef> = fc.oneof(
      fc.record({ kind: fc.constant('country' as const), id: stateId }),
      fc.record({ kind: fc.constant('agreement' as const), id: agreementId }),
    );
    fc.assert(
      fc.property(nodeArb, (node) => {
        expect(parseNodeKey(nodeKey(node))).toEqual(node);
      }),
    );
  });

  it('rejects what is not a key', () => {
    for (const bad of [
      '',
      't:USA',
      't:>ISR',
      't:A>B>C',
      'a:FRA|DEU',
      'a:FRA|DEU|friendship',
      'm:nato',
      'm:|FRA',
      'x:1',
    ])
      expect(parseEdgeKey(bad), bad).toBeNull();
    expect(parseEdgeKey('a:FRA|DEU|Collective-Defence')).toEqual({
      kind: 'alliance',
      a: 'FRA',
      b: 'DEU',
      type: 'collective-defence',
    });
  });
});
