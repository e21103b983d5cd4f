// Replays corpus files through one harness's LLVMFuzzerTestOneInput without
// libFuzzer: the normal (gcc) test run calls it for every committed seed and
// regression file. Memory is capped with RLIMIT_AS and every input gets a time
// limit, so a regression of a bomb or a hang fails instead of swapping.

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

constexpr rlim_t kMemoryLimit = rlim_t(2) * 1024 * 1024 * 1024;
constexpr unsigned kSecondsPerInput = 30;
const char *g_current = "";

void onAlarm(int)
{
    const char message[] = "replay: an input took longer than the time limit (a hang): ";
    (void)!write(2, message, sizeof message - 1);
    (void)!write(2, g_current, std::char_traits<char>::length(g_current));
    (void)!write(2, "\n", 1);
    _exit(1);
}

}  // namespace

int main(int argc, char **argv)
{
    const rlimit limit{kMemoryLimit, kMemoryLimit};
    setrlimit(RLIMIT_AS, &limit);
    std::signal(SIGALRM, onAlarm);
    std::vector<std::filesystem::path> files;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path arg(argv[i]);
        if (std::filesystem::is_directory(arg)) {
            for (const auto &entry : std::filesystem::directory_iterator(arg))
                if (entry.is_regular_file())
                    files.push_back(entry.path());
        } else if (std::filesystem::is_regular_file(arg)) {
            files.push_back(arg);
        } else {
            std::fprintf(stderr, "replay: %s does not exist\n", argv[i]);
            return 2;
        }
    }
    std::sort(files.begin(), files.end());
    if (files.empty()) {
        std::fprintf(stderr, "replay: no corpus files given\n");
        return 2;
    }
    for (const auto &file : files) {
        std::ifstream in(file, std::ios::binary);
        const std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const std::string name = file.string();
        g_current = name.c_str();
        alarm(kSecondsPerInput);
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.data()), bytes.size());
        alarm(0);
    }
    std::printf("replay: %zu inputs, no crash, no hang\n", files.size());
    return 0;
}
