package se.rapportverk.cli;

import picocli.CommandLine.Option;

/** The {@code -h}/{@code --help} option every command has, described in Swedish. */
final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Visar den här hjälpen.")
    boolean help;
}
