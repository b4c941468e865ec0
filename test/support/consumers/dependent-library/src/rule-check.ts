// A method detached from its object: the unbound-method rule must report this line, so that
// its silence about callbacks.ts means something.
class Counter {
  count = 0;
  increment(): number {
    return (this.count += 1);
  }
}

export const increment = new Counter().increment;
