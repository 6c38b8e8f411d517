// A professional is an individual, not a count: a family meets a person, and a new person means
// the story is told again. Every professional gets a stable id within a replication.

export type Role = 'LT' | 'VT' | 'JBT' | 'RvdK' | 'judge' | 'guardian' | 'replacement' | 'provider';

export interface Professional {
  readonly id: number;
  readonly role: Role;
  /** Organisation or team, e.g. 'LT Ede', 'Jeugdbescherming Gelderland'. */
  readonly org: string;
}

export class ProfessionalRegistry {
  private nextId = 1;
  create(role: Role, org: string): Professional {
    return { id: this.nextId++, role, org };
  }
  get created(): number {
    return this.nextId - 1;
  }
}
