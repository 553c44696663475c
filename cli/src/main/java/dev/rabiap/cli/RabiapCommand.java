package dev.rabiap.cli;

import picocli.CommandLine.Command;

/** {@code rabiap}: the top command. */
@Command(name = "rabiap", mixinStandardHelpOptions = true, version = "rabiap 0.1.0",
        description = {"Checks LINE, e-mail and file message logs against the rules of Thai provincial letters.",
                "ตรวจบันทึกข้อความ LINE อีเมล และไฟล์ ตามระเบียบการใช้กลุ่มไลน์ของหนังสือราชการ"},
        subcommands = {AuditCommand.class, CheckCommand.class, ExplainCommand.class, ClassifyCommand.class, ServeCommand.class, ScenarioCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no findings", "1:findings", "2:usage error", "3:bad input, roster or rule files (the message names file:line)"})
final class RabiapCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a command: audit, check, classify, test or serve");
    }
}
