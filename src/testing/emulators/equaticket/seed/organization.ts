/** `s.organization()`: the account the emulator serves (vendor-only; there is no normalized organization). */
import { EQ_REQUESTS_PER_MINUTE, type EqPlan } from '../wire.js';
import { bad, seedInput, type SeedScope } from './input.js';

/** The organization to seed with `s.organization`. */
export interface EqSeedOrganizationInput {
  /**
   * Its plan, which sets the per-key rate limit the emulator enforces (free 60, starter 100, growth 300, pro 600 a
   * minute). Default: free. Give the client the same `plan` so that it paces to it.
   */
  plan?: EqPlan;
}

const PLANS = Object.keys(EQ_REQUESTS_PER_MINUTE) as EqPlan[];

export function seedOrganization(scope: SeedScope, given: EqSeedOrganizationInput | undefined): Required<EqSeedOrganizationInput> {
  const input = seedInput('organization', given, true);
  if (input.plan !== undefined) {
    if (!PLANS.includes(input.plan)) throw bad('plan', `expected one of ${PLANS.join(', ')}, got ${JSON.stringify(input.plan)}`);
    scope.env.state.plan = input.plan;
  }
  return { plan: scope.env.state.plan };
}
