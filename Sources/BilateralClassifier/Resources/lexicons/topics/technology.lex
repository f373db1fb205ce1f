# Technology and cyber: technology transfer and copying, intellectual
# property, semiconductors, telecoms, space, cyber attacks and cyber policy.
# Not defence industry (defense-cooperation).
topic technology : Technology and cyber

cue technology 0.9 : technology transfer{,s} | transfer of technology | copy {its,their,the} technology | copying technology | intellectual property | cyber attack{,s} | cyberattack{,s} | cyber espionage | cybersecurity | cyber security | semiconductor{,s} | microchip{,s}  # top 2026-11-29 unambiguous
cue technology 0.8 : reverse engineer{,ed,ing} | patent{,s} | trade secrets | telecom{,s} | telecommunications | =5G | huawei | space station | space programme | space program | space cooperation | lunar | satellite{,s} | hack{,ed,ing,er,ers} | cyber  # top 2026-11-29 specific
cue technology 0.6 : technolog{y,ies} | tech | technological | high tech | hi tech | chip{,s} | artificial intelligence | =AI | software | rocket{,s}  # top 2026-11-29 generic
cue technology 0.3 : internet | space | online  # top 2026-11-29 very generic

# discards
cue technology 0 : potato chip{,s} | fish and chips | chips are down | chip in | blue chip{,s} | hacked to death | space for | breathing space | parking space | office space | public space | safe space | military technology  # top 2026-11-29 other senses; military technology is defense-cooperation

# Spanish, French and Portuguese: translations of the core cues above (same weights policy)
cue technology 0.9 : ciberataque{,s} | cyberattaque{,s} | ataque{,s} informatico{,s} | ataques ciberneticos | piratage | piratage informatique | pirateo | propiedad intelectual | propriete intellectuelle | semiconductores | semi conducteurs  # top 2026-11-29
cue technology 0.6 : tecnologia | technologie | piratas informaticos | pirates informatiques | telecomunicaciones  # top 2026-11-29
