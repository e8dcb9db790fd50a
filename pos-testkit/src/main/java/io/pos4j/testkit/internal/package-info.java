/** Implementation details of the simulator: not exported, no compatibility promise. */
package io.pos4j.testkit.internal;
