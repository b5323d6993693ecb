package org.taizhang.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"taizhang " + (v == null ? "(development build)" : v),
            "Java " + System.getProperty("java.version")};
    }
}
