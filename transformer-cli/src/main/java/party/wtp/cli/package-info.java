/**
 * The {@code wtp} command line: the command tree ({@link party.wtp.cli.Wtp}), its one error convention
 * ({@link party.wtp.cli.UserError}, exit codes in {@link party.wtp.cli.ExitCode}) and progress reporting
 * ({@link party.wtp.cli.Progress}).
 */
package party.wtp.cli;
