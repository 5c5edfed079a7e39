import org.mkplay.mk.Cap;
import org.mkplay.mk.Console;
import org.mkplay.mk.Files;
import org.mkplay.mk.Ipc;
import org.mkplay.mk.Message;
import org.mkplay.mk.Names;
import org.mkplay.mk.Server;
import org.mkplay.vmmagic.Abi;

/** The shell at the mk$ prompt: every command is a call to a server. */
public class Shell {
    static final long PS = 1, KILL = 2, HALT = 3;
    static final Message m = new Message();

    public static void main(String[] args) {
        Console.println("mkplay shell: type help");
        while (true) {
            Console.print("mk$ ");
            run(Console.readLine().trim());
        }
    }

    static void run(String line) {
        int space = line.indexOf(' ');
        String command = space < 0 ? line : line.substring(0, space);
        String rest = space < 0 ? "" : line.substring(space + 1).trim();
        if (command.isEmpty()) return;
        if (command.equals("help")) help();
        else if (command.equals("ps")) ps();
        else if (command.equals("echo")) echo(rest);
        else if (command.equals("kill")) kill(rest);
        else if (command.equals("crash")) crash(rest);
        else if (command.equals("ls")) ls();
        else if (command.equals("cat")) cat(rest);
        else if (command.equals("write")) write(rest);
        else if (command.equals("rm")) rm(rest);
        else if (command.equals("bench")) Bench.command(rest);
        else if (command.equals("halt")) Ipc.call(Cap.SUPERVISOR, m.clear().label(HALT));
        else Console.println(command + ": unknown command (try help)");
    }

    static void help() {
        Console.println("help          this list");
        Console.println("ps            the programs: state, priority, instructions, faults, restarts");
        Console.println("echo TEXT     the echo server answers TEXT");
        Console.println("kill NAME     stop a program for good");
        Console.println("crash NAME    make a server fault on purpose");
        Console.println("ls            the files on the file server");
        Console.println("cat NAME      a file's contents");
        Console.println("write NAME TEXT  create or replace a file");
        Console.println("rm NAME       remove a file");
        Console.println("bench [SHORT LONG] [WORKLOAD...]  the system benchmark's workloads");
        Console.println("halt          stop everything and power off");
    }

    static void ps() {
        if (Ipc.call(Cap.SUPERVISOR, m.clear().label(PS)) != 0) Console.println("ps: " + Ipc.error(m.status()));
        else Console.print(m.text());
    }

    /** Calls the echo server; a call that finds it dead (DEAD) is tried once more: the supervisor restarts it. */
    static void echo(String text) {
        Cap echo = Names.lookup("echo");
        if (echo == null) {
            Console.println("echo: no echo server");
            return;
        }
        long status = Ipc.call(echo, m.clear().label(1).put(text));
        if (status == Abi.E_DEAD) {
            Console.println("echo: the server died (DEAD), retrying");
            status = Ipc.call(echo, m.clear().label(1).put(text));
        }
        if (status != 0) Console.println("echo: " + Ipc.error(status));
        else Console.println(m.text());
    }

    static void kill(String name) {
        if (Ipc.call(Cap.SUPERVISOR, m.clear().label(KILL).put(name)) != 0 || m.word(0) != 0) {
            Console.println("kill: cannot kill '" + name + "'");
        } else {
            Console.println("kill: " + name + " killed");
        }
    }

    static void ls() {
        String names = Files.list();
        if (names == null) Console.println("ls: no file server");
        else Console.print(names);
    }

    static void cat(String name) {
        String contents = Files.read(name);
        if (contents == null) Console.println("cat: no file '" + name + "'");
        else Console.println(contents);
    }

    static void write(String rest) {
        int space = rest.indexOf(' ');
        String name = space < 0 ? rest : rest.substring(0, space);
        long status = name.isEmpty() ? Files.NOT_FOUND : Files.write(name, space < 0 ? "" : rest.substring(space + 1));
        if (status != 0) Console.println("write: " + (status == Files.FULL ? "no room" : status == Files.NOT_FOUND ? "no name" : Ipc.error(status)));
    }

    static void rm(String name) {
        if (Files.delete(name) != 0) Console.println("rm: no file '" + name + "'");
    }

    static void crash(String name) {
        Cap server = Names.lookup(name);
        if (server == null) {
            Console.println("crash: no server named '" + name + "'");
            return;
        }
        long status = Ipc.call(server, m.clear().label(Server.CRASH));
        Console.println("crash: the call to " + name + " returned " + Ipc.error(status));
    }
}
