//! Native modules (placeholder until the builtins branch lands).
