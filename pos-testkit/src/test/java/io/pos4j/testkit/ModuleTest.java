package io.pos4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pins the public surface and the dependencies of the module, so both change only on purpose. */
class ModuleTest {

    private static final Module MODULE = ModuleTest.class.getModule();

    @Test
    void module_isNamed_asDesigned() {
        assertTrue(MODULE.isNamed(), "tests must run on the module path");
        assertEquals("io.pos4j.testkit", MODULE.getName());
    }

    @Test
    void exports_exactlyTheApiPackages_unqualified() {
        Set<String> exported = MODULE.getDescriptor().exports().stream()
                .filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
        assertEquals(Set.of("io.pos4j.testkit", "io.pos4j.testkit.arbitraries"), exported);
    }

    @Test
    void requires_onlyTheAllowedModules() {
        Set<String> required = MODULE.getDescriptor().requires().stream()
                .map(ModuleDescriptor.Requires::name)
                .filter(n -> !n.equals("java.base"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("io.pos4j.iso8583","io.pos4j.pin","io.pos4j.emv.tlv","org.slf4j", "net.jqwik.api"), required);
    }

    @Test
    void jqwik_isReadStatically_soTheSimulatorRunsWithoutIt() {
        ModuleDescriptor.Requires jqwik = MODULE.getDescriptor().requires().stream()
                .filter(r -> r.name().equals("net.jqwik.api")).findFirst().orElseThrow();
        assertEquals(Set.of(ModuleDescriptor.Requires.Modifier.STATIC), jqwik.modifiers());
    }
}
