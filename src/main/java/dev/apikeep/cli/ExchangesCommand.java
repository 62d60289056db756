package dev.apikeep.cli;

import dev.apikeep.domain.Messages;
import dev.apikeep.domain.Exchange;
import dev.apikeep.domain.ExpiryRule;
import dev.apikeep.domain.KeyType;
import dev.apikeep.domain.Permission;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "exchanges", description = "The exchange catalog: ids, permissions with risk, passphrase, key types,"
        + " key limit and expiry rule. Needs no vault.")
final class ExchangesCommand extends BaseCommand {
    @Option(names = "--json", description = "print a JSON array")
    boolean json;

    @Override
    public Integer call() {
        List<Exchange> exchanges = context().catalog().all();
        if (json) {
            printJson(exchanges.stream().map(ExchangesCommand::asJson).toList());
            return ExitCode.OK;
        }
        for (Exchange x : exchanges) {
            out().println(x.id() + "  " + x.name());
            String limit = x.keyLimit() == null ? Messages.get("cli.exchanges.unknown")
                    : x.keyLimitVerified() ? String.valueOf(x.keyLimit()) : Messages.format("cli.exchanges.unverified", String.valueOf(x.keyLimit()));
            out().println(Messages.format("cli.exchanges.facts", Messages.get(x.passphraseRequired() ? "cli.exchanges.required" : "cli.exchanges.no"),
                    String.join(", ", x.keyTypes().stream().map(KeyType::id).toList()), limit,
                    Messages.get(x.permissionsEditable() ? "cli.exchanges.yes" : "cli.exchanges.noNewKey")));
            if (x.permissions().isEmpty()) {
                out().println(Messages.get("cli.exchanges.freeWords"));
            } else {
                out().println(Messages.get("cli.exchanges.permissions"));
                for (Permission p : x.permissions()) {
                    String name = p.group().isEmpty() || p.group().equals(p.name()) ? p.name() : p.group() + ": " + p.name();
                    out().println(String.format("    %-22s %-6s  %s", p.id(), p.risk().label(), name));
                }
            }
            ExpiryRule rule = x.expiryRule();
            out().println(Messages.format("cli.exchanges.expiry", rule == null ? Messages.get("cli.exchanges.noExpiry") : rule.explanation()));
            if (!x.apiManagementUrl().isEmpty()) out().println(Messages.format("cli.exchanges.keys", x.apiManagementUrl()));
            out().println();
        }
        return ExitCode.OK;
    }

    static Map<String, Object> asJson(Exchange x) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", x.id());
        json.put("name", x.name());
        json.put("permissions", x.permissions().stream().map(p -> {
            Map<String, Object> perm = new LinkedHashMap<>();
            perm.put("id", p.id());
            perm.put("name", p.name());
            perm.put("group", p.group());
            perm.put("risk", p.risk().label());
            return perm;
        }).toList());
        json.put("passphraseRequired", x.passphraseRequired());
        json.put("keyTypes", x.keyTypes().stream().map(KeyType::id).toList());
        json.put("keyLimit", x.keyLimit());
        json.put("keyLimitVerified", x.keyLimitVerified());
        ExpiryRule rule = x.expiryRule();
        if (rule == null) {
            json.put("expiryRule", null);
        } else {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("daysWithoutIp", rule.daysWithoutIp());
            r.put("onlyWithPermissions", rule.onlyWithPermissions());
            r.put("description", rule.explanation());
            r.put("verified", rule.verified());
            json.put("expiryRule", r);
        }
        json.put("permissionsEditable", x.permissionsEditable());
        json.put("apiManagementUrl", x.apiManagementUrl());
        json.put("notes", x.notes());
        return json;
    }
}
